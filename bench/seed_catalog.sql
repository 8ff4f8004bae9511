-- Adds @n generated entries to the catalogue of a database the server has already migrated
-- (the FTS index follows through its triggers), in one transaction. Names, suppliers and
-- descriptions are made of a subject (1 entry in 40 has each), a kind of resource (1 in 60)
-- and a supplier (1 in 100), so that tools/bench's searches hit from one entry to thousands.
--   sqlite3 -cmd '.parameter set @n 10000' db.sqlite < bench/seed_catalog.sql
BEGIN;
WITH RECURSIVE
  seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < @n),
  subjects(k, w) AS (SELECT key, value FROM json_each('["matematik","svenska","engelska",
    "biologi","kemi","fysik","historia","geografi","religion","samhälle","teknik","musik",
    "bild","slöjd","idrott","hemkunskap","franska","spanska","tyska","programmering",
    "läsförståelse","skrivande","algebra","geometri","statistik","ekonomi","juridik",
    "psykologi","filosofi","astronomi","botanik","zoologi","ekologi","hållbarhet","källkritik",
    "retorik","drama","dans","film","foto"]')),
  kinds(k, w) AS (SELECT key, value FROM json_each('["tavlan","boken","spelet","labbet",
    "verkstaden","resan","quizet","kartan","studion","appen","portalen","rummet","lådan",
    "kompassen","nyckeln","bron","trädet","molnet","stegen","ön","staden","skeppet","tornet",
    "fönstret","spegeln","klockan","vågen","ljuset","rösten","pennan","duken","scenen",
    "arkivet","atlasen","banken","bryggan","cirkeln","dörren","elden","fältet","gatan",
    "hamnen","huset","isen","järnet","kanalen","kusten","lagret","marken","noden","orgeln",
    "planen","radion","sjön","skogen","stjärnan","tåget","vägen","ytan","zonen"]'))
INSERT INTO catalog_entries (name, supplier_name, supplier_org_number, website_url,
  description, resource_type, grade_levels, status, created_at, updated_at)
SELECT
  (SELECT w FROM subjects WHERE k = i % 40) || ' '
    || (SELECT w FROM kinds WHERE k = (i / 40) % 60) || ' ' || i,
  'Leverantör' || (i % 100) || ' AB',
  '556' || printf('%03d', i % 1000) || '-' || printf('%04d', i % 10000),
  'https://resurs' || i || '.example',
  'Övningar i ' || (SELECT w FROM subjects WHERE k = i % 40) || ' med '
    || (SELECT w FROM kinds WHERE k = (i / 40) % 60) || ', för klassrum och hemmabruk.',
  json_extract('["web_service","app","digital_textbook","platform","other"]',
               '$[' || (i % 5) || ']'),
  json_extract('["[\"y1_3\"]","[\"y4_6\"]","[\"y7_9\"]","[\"upper_secondary\"]"]',
               '$[' || (i % 4) || ']'),
  json_extract('["approved","approved_with_conditions","phased_out","not_approved"]',
               '$[' || (i % 4) || ']'),
  1767225600, 1767225600
FROM seq;
COMMIT;
