-- wrk script of bench-warmup.sh: each request asks for the next of the pages in MIX_PATHS (space-separated), so one
-- run measures every public page type at once; ends with report.lua's RESULT line. With MIX_REVALIDATE=n, every n-th
-- request is a revalidation, as a browser or cache sends one: If-None-Match with an ETag the portal never gave, so each
-- pays the fresh read of the content version a revalidation makes and then the whole page (a revalidation that
-- matches would be answered 304 without the page: this is its costliest case).
local paths = {}
for path in string.gmatch(os.getenv("MIX_PATHS") or "/", "%S+") do
   table.insert(paths, path)
end
local counter = 0
local revalidate = tonumber(os.getenv("MIX_REVALIDATE") or "0")

request = function()
   counter = counter + 1
   -- What a browser asks for: an HTML page first, anything else (the Atom feed) accepted.
   local headers = {["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["Accept-Encoding"] = "gzip"}
   if revalidate > 0 and counter % revalidate == 0 then
      headers["If-None-Match"] = 'W/"0-0-0"'
   end
   return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

dofile((os.getenv("LOAD_DIR") or ".") .. "/report.lua")
