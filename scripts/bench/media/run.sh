#!/usr/bin/env bash
# Media transcoding benchmarks (issues 3 and 18). Not part of the test suite.
#
#   scripts/bench/media/run.sh            # from the repository root; REPS=3 SECONDS_LONG=60 by default
#
# (a) our Transcoder on a 60 s 1080p clip (ladder, MP4 fallback, poster, storyboard) vs a
#     hand-written plain one-run HLS ladder, the bare ladder (wall-time ratio, goal <= 1.05), and vs
#     the very same arguments of its main ffmpeg run by hand (the sprite run is left out);
# (b) the Transcoder and the hand-written one-run ladder vs one ffmpeg run per rendition
#     (CPU-seconds ratios, goal <= 0.72). CPU = user + system seconds from /usr/bin/time,
#     children included.
# Runs are interleaved (A B C D, A B C D, ...) so background load hits all alike; medians are
# reported. Results: $WORK/results.tsv and a summary on stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
WORK=${WORK:-/tmp/kepu-bench-media}
REPS=${REPS:-3}
LENGTH=${SECONDS_LONG:-60}
mkdir -p "$WORK"
cd "$ROOT"

./mvnw -B -q -pl media-worker -am test-compile
./mvnw -B -q -o -pl media-worker dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/classpath.txt"
CP="media-worker/target/test-classes:media-worker/target/classes:$(cat "$WORK/classpath.txt")"
bench() { java -cp "$CP" org.kepu.media.transcode.TranscodeBench "$@"; }

FFMPEG=$(bench ffmpeg)
SRC="$WORK/source.mp4"   # a fixed plain name: the Transcoder refuses any other
if [[ ! -s "$SRC" ]]; then
    echo "generating a ${LENGTH} s 1920x1080 clip ..."
    bench generate "$SRC" "$LENGTH"
fi
bench command "$SRC" "$WORK/out-same-args" "$WORK/same.args"

# the ladder the planner makes for 1080p: 1920x1080 5000k, 1280x720 2800k, 854x480 1400k, 640x360 800k
SIZES=(1920:1080 1280:720 854:480 640:360)
VKBPS=(5000 2800 1400 800)
AKBPS=(128 128 128 96)
COMMON=(-c:v libx264 -preset veryfast -c:a aac -ac 2 -ar 48000 -g 100 -keyint_min 100 -sc_threshold 0
        -force_key_frames 'expr:gte(t,n_forced*4)' -metadata service_name=科普视频)
HLS=(-f hls -hls_time 4 -hls_playlist_type vod -hls_flags independent_segments)

rate() { # index [stream-suffix]
    local i=$1 s=${2:-}
    echo "-b:v$s ${VKBPS[$i]}k -maxrate:v$s $((VKBPS[i] * 107 / 100))k -bufsize:v$s $((VKBPS[i] * 3 / 2))k -b:a$s ${AKBPS[$i]}k"
}

ladder_one_run() {
    local out=$1 graph="[0:v:0]split=4[s0][s1][s2][s3]" maps=() rates=() map=""
    for i in 0 1 2 3; do
        graph+=";[s$i]scale=${SIZES[$i]},setsar=1,format=yuv420p[v$i]"
        maps+=(-map "[v$i]" -map 0:a:0)
        read -ra r <<< "$(rate "$i" ":$i")"; rates+=("${r[@]}")
        map+="v:$i,a:$i "
    done
    mkdir -p "$out"
    "$FFMPEG" -hide_banner -nostdin -y -v error -i "$SRC" -filter_complex "$graph" "${maps[@]}" \
        "${COMMON[@]}" "${rates[@]}" "${HLS[@]}" -hls_segment_filename "$out/v%v/seg_%03d.ts" \
        -master_pl_name master.m3u8 -var_stream_map "${map% }" "$out/v%v/index.m3u8"
}

ladder_per_rendition() {
    local out=$1
    for i in 0 1 2 3; do
        mkdir -p "$out/v$i"
        read -ra r <<< "$(rate "$i")"
        "$FFMPEG" -hide_banner -nostdin -y -v error -i "$SRC" -map 0:v:0 -map 0:a:0 \
            -vf "scale=${SIZES[$i]},setsar=1,format=yuv420p" "${COMMON[@]}" "${r[@]}" "${HLS[@]}" \
            -hls_segment_filename "$out/v$i/seg_%03d.ts" "$out/v$i/index.m3u8"
    done
}
export -f ladder_one_run ladder_per_rendition rate
export FFMPEG SRC

RESULTS="$WORK/results.tsv"
echo -e "name\trep\twall_s\tcpu_s\tinner_wall_s\tjvm_cpu_s" > "$RESULTS"

measure() { # name rep command...
    local name=$1 rep=$2; shift 2
    rm -rf "$WORK/out-$name" && mkdir -p "$WORK/out-$name"
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" > "$WORK/$name.log" 2>&1
    local inner jvm
    inner=$(sed -n 's/^transcoder_wall_seconds=\([0-9.]*\).*/\1/p' "$WORK/$name.log")
    jvm=$(sed -n 's/.*jvm_cpu_seconds=\([0-9.]*\).*/\1/p' "$WORK/$name.log")
    read -r wall user sys < <(tail -1 "$WORK/time.txt")
    awk -v n="$name" -v r="$rep" -v w="$wall" -v u="$user" -v s="$sys" -v i="${inner:--}" -v j="${jvm:--}" \
        'BEGIN { printf "%s\t%s\t%.2f\t%.2f\t%s\t%s\n", n, r, w, u + s, i, j }' | tee -a "$RESULTS"
}

for rep in $(seq 1 "$REPS"); do
    measure transcoder "$rep" java -cp "$CP" org.kepu.media.transcode.TranscodeBench transcode "$SRC" "$WORK/out-transcoder"
    # the Transcoder creates the thumbnails folder before its run
    measure same-args "$rep" bash -c "mkdir -p '$WORK/out-same-args/thumbnails' && xargs -0 -a '$WORK/same.args' '$FFMPEG'"
    measure one-run "$rep" bash -c "$(declare -p SIZES VKBPS AKBPS COMMON HLS); ladder_one_run '$WORK/out-one-run'"
    measure per-rendition "$rep" bash -c "$(declare -p SIZES VKBPS AKBPS COMMON HLS); ladder_per_rendition '$WORK/out-per-rendition'"
done

awk -F'\t' 'NR > 1 { w[$1] = w[$1] " " $3; c[$1] = c[$1] " " $4; if ($5 != "-") i[$1] = i[$1] " " $5; if ($6 != "-") f[$1] = f[$1] " " ($4 - $6) }
function median(list,   a, n, k, j, t) {
    n = split(list, a, " ")
    for (k = 1; k <= n; k++) for (j = k + 1; j <= n; j++) if (a[j] < a[k]) { t = a[k]; a[k] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
END {
    for (n in w) printf "%-14s wall %7.2f s  cpu %7.2f s%s\n", n, median(w[n]), median(c[n]), (n in i ? sprintf("  inner wall %.2f s", median(i[n])) : "")
    printf "(a) transcoder inner wall / bare ladder (one run): %.3f  (ours also writes MP4, poster, storyboard; goal <= 1.05)\n", median(i["transcoder"]) / median(w["one-run"])
    printf "    transcoder inner wall / same args by hand:    %.3f  (process wall incl. JVM start: %.3f)\n", median(i["transcoder"]) / median(w["same-args"]), median(w["transcoder"]) / median(w["same-args"])
    printf "    transcoder cpu / same args by hand:           %.3f\n", median(c["transcoder"]) / median(c["same-args"])
    printf "(b) transcoder / per-rendition cpu: %.3f  wall: %.3f  (goal <= 0.72)\n", median(c["transcoder"]) / median(c["per-rendition"]), median(i["transcoder"]) / median(w["per-rendition"])
    printf "    the same without the JVM (ffmpeg runs only): %.3f\n", median(f["transcoder"]) / median(c["per-rendition"])
    printf "    one-run / per-rendition cpu:    %.3f  wall: %.3f\n", median(c["one-run"]) / median(c["per-rendition"]), median(w["one-run"]) / median(w["per-rendition"])
}' "$RESULTS"
