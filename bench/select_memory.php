<?php
/*
 * What socket_select's kept kernel set costs in memory per watched socket: N UDP sockets watched
 * for reading (none ready) through 50 calls; prints the process's resident memory and the kernel's
 * count of epoll registrations (eventpoll_epi in /proc/slabinfo; readable by root) after them.
 * bench/select_memory.sh runs it with SOCKETS_NG_SELECT=poll and =epoll and prints the differences
 * per socket. Usage: select_memory.php N
 */
require __DIR__ . '/lib.inc';
bench_require();
$count = (int) ($argv[1] ?? 10000);
$all = [];
for ($i = 0; $i < $count; $i++) {
    $all[] = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP) ?: bench_fail("socket_create failed at $i");
}
$w = $e = null;
for ($i = 0; $i < 50; $i++) {
    $r = $all;
    socket_select($r, $w, $e, 0) === 0 || bench_fail('select found a ready socket');
}
preg_match('/^VmRSS:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
$epi = '-';
$slab = @file_get_contents('/proc/slabinfo');
if ($slab !== false && preg_match('/^eventpoll_epi\s+(\d+)\s+\d+\s+(\d+)/m', $slab, $s)) {
    $epi = "$s[1]x$s[2]";
}
printf("rss_kb=%d epoll_registrations=%s impl=%s\n", $m[1], $epi, bench_impl());
