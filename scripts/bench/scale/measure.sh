# Sourced by scripts/fullstack/run.sh (KEPU_FULLSTACK_THEN) once the stack is up: the stack's
# helpers (upload, is_ready, start_worker, …) and its clean-up trap apply. See run.sh beside it.
seconds=$KEPU_BENCH_SECONDS
connections=$KEPU_BENCH_CONNECTIONS
videos=$KEPU_BENCH_VIDEOS

# wrk_run <connections> <url> -> "<req/s> <p99>"
wrk_run() {
  wrk -t2 -c"$1" -d"${seconds}s" --latency "$2" \
    | awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } END { print rps, p99 }'
}
article=$(psql_kepu "select id from article where status = 'PUBLISHED' order by id limit 1")
page=/articles/$article
search="/api/v1/search?q=$(jq -rn '"应急"|@uri')"

log "warming up both portals"
wrk -t2 -c"$connections" -d5s "$A$page" >/dev/null
wrk -t2 -c"$connections" -d5s "$B$page" >/dev/null
wrk -t2 -c"$connections" -d5s "$A$search" >/dev/null

log "pages: one portal, $connections connections, ${seconds}s"
read -r one_rps one_p99 < <(wrk_run "$connections" "$A$page")
log "pages: two portals, $((connections / 2)) connections each, at the same time"
wrk_run $((connections / 2)) "$A$page" >"$WORK/wrk-a" &
wa=$!
wrk_run $((connections / 2)) "$B$page" >"$WORK/wrk-b" &
wb=$!
wait "$wa" "$wb"
read -r a_rps a_p99 <"$WORK/wrk-a"
read -r b_rps b_p99 <"$WORK/wrk-b"
two_rps=$(awk -v a="$a_rps" -v b="$b_rps" 'BEGIN { printf "%.1f", a + b }')
log "search through Elasticsearch: one portal"
read -r search_rps search_p99 < <(wrk_run "$connections" "$A$search")

clip "$WORK/clips/bench.mp4" 10 1280x720
# transcode_batch <label> -> minutes of video per minute of wall time
transcode_batch() {
  local start ids=() i
  start=$(now_ms)
  for i in $(seq 1 "$videos"); do ids+=("$(upload "$A" "$WORK/clips/bench.mp4" "转码基准 $1 $i")"); done
  all() { for id in "${ids[@]}"; do is_ready "$A" "$id" || return 1; done; }
  wait_for "transcoding batch $1" 900 all
  awk -v n="$videos" -v ms="$(($(now_ms) - start))" 'BEGIN { printf "%.2f %.1f\n", n * 10 / 60 / (ms / 60000), ms / 1000 }'
}
log "transcoding: $videos × 10 s of 720p with one worker"
kill -TERM "${PID[worker-2]}"
while kill -0 "${PID[worker-2]}" 2>/dev/null; do sleep 0.5; done
read -r one_worker one_worker_s < <(transcode_batch one)
log "transcoding: the same with two workers"
start_worker 2 "$WORKER_2"
up worker-2 "http://127.0.0.1:$WORKER_2"
read -r two_workers two_workers_s < <(transcode_batch two)

echo
echo "Full stack on $(nproc) cores, $(date -u +%F):"
printf '| measure | 1 | 2 | 2 / 1 |\n| --- | --- | --- | --- |\n'
printf '| article page, req/s (p99) | %s (%s) | %s (%s / %s) | %.2f |\n' "$one_rps" "$one_p99" "$two_rps" "$a_p99" "$b_p99" \
  "$(awk -v a="$two_rps" -v b="$one_rps" 'BEGIN { print a / b }')"
printf '| search API through Elasticsearch, req/s (p99) | %s (%s) | | |\n' "$search_rps" "$search_p99"
printf '| transcoding, minutes of video per minute (batch wall time) | %s (%ss) | %s (%ss) | %.2f |\n' \
  "$one_worker" "$one_worker_s" "$two_workers" "$two_workers_s" "$(awk -v a="$two_workers" -v b="$one_worker" 'BEGIN { print a / b }')"
