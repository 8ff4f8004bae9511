-- wrk: POST /api/v1/requests, the body from the file in BODY, each POST with an
-- Idempotency-Key of its own (a thread's number and a counter), so that each is a new
-- submission: validation, insert, audit and commit. Reports as wrk_report.lua does (run from
-- the repository's root). Needs the session cookie in COOKIE.
local body
local headers
local counter = 0
local threads = 0
thread_number = 0  -- set by setup, in each thread's own Lua state

setup = function(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

init = function()
  local file = assert(io.open(os.getenv("BODY"), "rb"))
  body = file:read("*a")
  file:close()
  headers = { ["Cookie"] = os.getenv("COOKIE"), ["Content-Type"] = "application/json" }
end

request = function()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d", os.time(), thread_number, counter)
  headers["Idempotency-Key"] = key
  return wrk.format("POST", "/api/v1/requests", headers, body)
end

dofile("bench/wrk_report.lua")
