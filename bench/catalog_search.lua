-- wrk: GET /api/v1/catalog?q=<term>, the terms in turn: a subject (1 entry in 40), a kind of
-- resource (1 in 60), a supplier (1 in 100), an entry's number (one entry), two words, and a
-- two-letter prefix as the request form's search-as-you-type sends it. Reports as
-- wrk_report.lua does (run from the repository's root). Needs the session cookie in COOKIE.
local terms = {
  "matematik", "tavlan", "Leverant%C3%B6r42", "4711", "kemi%20labbet", "hi",
  "programmering", "skeppet", "Leverant%C3%B6r7", "123", "svenska%20boken", "geo",
}
local n = 0
wrk.headers["Cookie"] = os.getenv("COOKIE")

request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/catalog?q=" .. terms[(n % #terms) + 1])
end

dofile("bench/wrk_report.lua")
