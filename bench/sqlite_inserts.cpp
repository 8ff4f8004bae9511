// The baseline for the server's writes: raw SQLite inserts of rows as large as a submission's
// body, one transaction each (BEGIN IMMEDIATE ... COMMIT, as the server's write transactions),
// from as many threads as the load run has connections, each on its own connection with the
// server's journal and sync settings (WAL, synchronous FULL: server/store/database.cpp).
//   sqlite_inserts <database file> <writers> <row bytes> <seconds>
// Prints "inserts_per_second <n>" and "busy <n>", the transactions that found the database
// locked for longer than the busy timeout and were tried again.
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

namespace {

bool exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK) return true;
  std::fprintf(stderr, "sqlite_inserts: %s: %s\n", sql, error ? error : "?");
  sqlite3_free(error);
  return false;
}

sqlite3* open(const char* path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite_inserts: cannot open %s\n", path);
    std::exit(1);
  }
  sqlite3_busy_timeout(db, 2000);  // the server's
  if (!exec(db, "PRAGMA journal_mode = WAL") || !exec(db, "PRAGMA synchronous = FULL")) {
    std::exit(1);
  }
  return db;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: sqlite_inserts <database> <writers> <row bytes> <seconds>\n");
    return 2;
  }
  const char* path = argv[1];
  const int writers = std::atoi(argv[2]);
  const std::string row(std::strtoul(argv[3], nullptr, 10), 'x');
  const auto duration = std::chrono::seconds(std::atoi(argv[4]));
  {
    sqlite3* db = open(path);
    if (!exec(db, "CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")) {
      return 1;
    }
    sqlite3_close(db);
  }

  std::atomic<long> inserts{0};
  std::atomic<long> busy{0};
  const auto end = std::chrono::steady_clock::now() + duration;
  std::vector<std::thread> threads;
  for (int w = 0; w < writers; ++w) {
    threads.emplace_back([&] {
      sqlite3* db = open(path);
      sqlite3_stmt* insert = nullptr;
      sqlite3_prepare_v2(db, "INSERT INTO rows (body) VALUES (?1)", -1, &insert, nullptr);
      while (std::chrono::steady_clock::now() < end) {
        // Busy after the busy timeout, as the server's writers can be: counted, and tried again.
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
          ++busy;
          continue;
        }
        sqlite3_bind_text(insert, 1, row.data(), static_cast<int>(row.size()), SQLITE_STATIC);
        const bool done = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        if (done && exec(db, "COMMIT")) {
          ++inserts;
        } else {
          exec(db, "ROLLBACK");
        }
      }
      sqlite3_finalize(insert);
      sqlite3_close(db);
    });
  }
  for (std::thread& t : threads) t.join();
  std::printf("inserts_per_second %.0f\nbusy %ld\n",
              static_cast<double>(inserts) / static_cast<double>(duration.count()), busy.load());
  return 0;
}
