<?php
// Checks the answers of tests/install/fpm.sh's run (php -n). Arguments: the folder of bodies
// (one file per request, named by its number), curl's "CODE URL" lines, the number of requests,
// sockets-ng's version, the worker pids, the number of sharing ids each page leaves (2; 0 under
// the bundled extension). Prints "answers: ok|...", "state: ok|...",
// "workers: ok|..." and what it counted.
[, $dir, $codesFile, $count, $version, $workerList, $idsLeft] = $argv + [6 => '2'];
$idsLeft = (int) $idsLeft;
$workers = array_map('intval', explode(' ', trim($workerList)));
$codes = [];
foreach (file($codesFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    if (preg_match('~^(\d+) \S+/(\w+)\.php\?n=(\d+)$~', $line, $m)) $codes[(int) $m[3]] = [(int) $m[1], $m[2]];
}
$wrong = []; $stateWrong = []; $example = []; $fds = []; $served = [];
for ($i = 0; $i < $count; $i++) {
    if (!isset($codes[$i])) { $wrong[] = "#$i: no answer"; continue; }
    [$code, $page] = $codes[$i];
    if ($page === 'fatal_select' || $page === 'fatal_sendmsg') {
        if ($code !== 500) $wrong[] = "#$i $page: status $code, not 500";
        continue;
    }
    $body = @file_get_contents("$dir/$i");
    $j = json_decode((string) $body, true);
    if ($code !== 200 || !is_array($j) || ($j['n'] ?? null) !== $i) { $wrong[] = "#$i $page: status $code, body " . substr((string) $body, 0, 200); continue; }
    $r = $j['result'];
    $ok = $page === 'net'
        ? $r['udp'] === "echo udp $i" && $r['tcp'] === "echo tcp $i\n" && $r['left']['error'] === 111 && count($r['left']['ids']) === $idsLeft
        : [$r['ready'], $r['keys'], $r['data'], $r['timeout'], $r['waited_ok']] === [1, ['ready'], "n=$i", 0, true]
          && $r['left']['error'] === 111 && count($r['left']['ids']) === $idsLeft;
    if (!$ok) $wrong[] = "#$i $page: " . json_encode($r);
    $s = $j['start'];
    $served[$s['pid']] = ($served[$s['pid']] ?? 0) + 1;
    $fds[$s['pid']][$s['fds']] = ($fds[$s['pid']][$s['fds']] ?? 0) + 1;
    $example[$s['pid']][$s['fds']] ??= "#$i: " . json_encode($s['fdlist'] ?? null);
    if ($s['version'] !== $version || $s['last_error'] !== 0 || $s['ids'] !== 0 || $s['threads'] !== 1 || !in_array($s['pid'], $workers, true)) {
        $stateWrong[] = "#$i $page started with " . json_encode($s);
    }
}
foreach ($fds as $pid => $counts) {
    if (count($counts) !== 1) $stateWrong[] = "worker $pid started requests with differing descriptor counts: " . json_encode($counts) . ' ' . implode(' vs ', $example[$pid]);
}
ksort($served);
echo 'answers: ', $wrong ? count($wrong) . ' wrong, first: ' . implode('; ', array_slice($wrong, 0, 3)) : 'ok', "\n";
echo 'state: ', $stateWrong ? count($stateWrong) . ' wrong, first: ' . implode('; ', array_slice($stateWrong, 0, 3)) : 'ok', "\n";
$bothServed = count($served) === count($workers) && min($served) > 0;
echo 'workers: ', $bothServed ? 'ok' : 'not all served: ' . json_encode($served), "\n";
$desc = [];
foreach ($fds as $pid => $counts) $desc[] = "$pid: " . implode('/', array_keys($counts)) . ' descriptors at every start';
echo 'requests with a page (non-fatal) per worker: ', json_encode($served), '; ', implode(', ', $desc), "\n";
