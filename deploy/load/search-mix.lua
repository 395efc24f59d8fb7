-- wrk script: searches with a mix of queries, each connection's thread walking the list from its own place, so no
-- one query is repeated back to back. The queries come from SEARCH_QUERIES (search-queries.txt next to this script,
-- one per line, # comments left out), the address from SEARCH_PATH ("/search?q=", e.g. "/pl/search?q=").
-- Reports as report.lua does (one RESULT line).
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local function encode(text)
   return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function read_queries()
   local file = os.getenv("SEARCH_QUERIES") or (here .. "search-queries.txt")
   local queries = {}
   for line in io.lines(file) do
      if line ~= "" and line:sub(1, 1) ~= "#" then
         table.insert(queries, encode(line))
      end
   end
   return queries
end

local report_setup = setup
local threads_started = 0

function setup(thread)
   threads_started = threads_started + 1
   thread:set("first", threads_started)
   report_setup(thread)
end

local report_init = init

function init(args)
   if report_init then
      report_init(args)
   end
   queries = read_queries()
   prefix = os.getenv("SEARCH_PATH") or "/search?q="
   -- Threads start at places far apart in the list (wrk's setup numbers them 1, 2, ...).
   position = ((first or 1) - 1) * 37
end

function request()
   position = position + 1
   return wrk.format("GET", prefix .. queries[(position % #queries) + 1])
end
