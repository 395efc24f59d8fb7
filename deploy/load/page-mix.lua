-- wrk script of bench-warmup.sh: each request asks for the next of the pages in MIX_PATHS (space-separated), so one
-- run measures every public page type at once; ends with report.lua's RESULT line.
local paths = {}
for path in string.gmatch(os.getenv("MIX_PATHS") or "/", "%S+") do
   table.insert(paths, path)
end
local counter = 0

request = function()
   counter = counter + 1
   -- What a browser asks for: an HTML page first, anything else (the Atom feed) accepted.
   return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["Accept-Encoding"] = "gzip"})
end

dofile((os.getenv("LOAD_DIR") or ".") .. "/report.lua")
