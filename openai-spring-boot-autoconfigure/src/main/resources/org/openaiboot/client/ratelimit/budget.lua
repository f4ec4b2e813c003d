-- The budget of one API key and model, shared by every instance: a bucket of requests
-- and one of tokens that fill up at their limit per window; the arithmetic of
-- LocalRateLimitStore. Time is the Redis server's, so that instances' clocks need not agree.
-- KEYS[1]: the budget's hash; KEYS[2]: the mark of a call sent to learn an unknown budget
-- ARGV[1]: 'take' | 'observe' | 'give-back'; ARGV[2]: the window in milliseconds
-- take: ARGV[3] tokens; answers 0 (taken), the milliseconds to wait, -1 (never) or -2 (unknown:
-- the caller may send one call to learn the budget, and the others wait for its answer)
-- observe: ARGV[3..6] request limit, requests left, token limit, tokens left (-1: not reported)
-- give-back: ARGV[3] tokens (negative: take more)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[2])
local state = redis.call('HMGET', KEYS[1], 'rl', 'r', 'tl', 't', 'at')
local rl, r, tl, t, at = tonumber(state[1]), tonumber(state[2]), tonumber(state[3]), tonumber(state[4]),
	tonumber(state[5])
-- a bucket fills up to its limit less a hundredth (but to one at least): the server starts
-- filling up its own full bucket only when a call arrives, a little after it was taken here
local function full(limit) return math.max(limit * 0.99, math.min(limit, 1)) end
if at then
	local elapsed = math.max(0, now - at) / window
	if rl then r = math.max(r, math.min(full(rl), r + elapsed * rl)) end
	if tl then t = math.max(t, math.min(full(tl), t + elapsed * tl)) end
end
local op = ARGV[1]
if op == 'take' then
	if not rl and not tl then
		-- one call of all instances learns the budget; the mark goes after 5 s in case its answer never comes
		if redis.call('SET', KEYS[2], '1', 'NX', 'PX', 5000) then return -2 end
		return 100
	end
	local needed = tonumber(ARGV[3])
	if (rl and full(rl) < 1) or (tl and needed > full(tl)) then return -1 end
	local wait = 0
	if rl and r < 1 then wait = (1 - r) * window / rl end
	if tl and t < needed then wait = math.max(wait, (needed - t) * window / tl) end
	if wait > 0 then return math.max(1, math.ceil(wait)) end
	if rl then r = r - 1 end
	if tl then t = t - needed end
elseif op == 'observe' then
	local reportedRl, reportedR = tonumber(ARGV[3]), tonumber(ARGV[4])
	local reportedTl, reportedT = tonumber(ARGV[5]), tonumber(ARGV[6])
	-- what is in flight is not in the server's count yet: never believe more than either
	if reportedRl >= 0 then
		r = (rl and math.min(r, reportedR)) or reportedR
		rl = reportedRl
	end
	if reportedTl >= 0 then
		t = (tl and math.min(t, reportedT)) or reportedT
		tl = reportedTl
	end
elseif op == 'give-back' then
	if not tl then return 0 end
	t = math.min(math.max(t, full(tl)), t + tonumber(ARGV[3]))
end
local fields = { 'at', tostring(now) }
if rl then
	table.insert(fields, 'rl'); table.insert(fields, tostring(rl))
	table.insert(fields, 'r'); table.insert(fields, tostring(r))
end
if tl then
	table.insert(fields, 'tl'); table.insert(fields, tostring(tl))
	table.insert(fields, 't'); table.insert(fields, tostring(t))
end
redis.call('HSET', KEYS[1], unpack(fields))
-- a budget nobody uses for two windows is forgotten, and learnt again from the next response
redis.call('PEXPIRE', KEYS[1], window * 2)
return 0
