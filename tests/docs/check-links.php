<?php
// Checks README.md and docs/*.md against the tree: every relative link and #anchor resolves, every
// tests/... path they name exists (a claim's test must exist), every differential case they name
// by number exists. Prints one line per failure, then "N passed, M failed".
$top = $argv[1];
$files = array_merge(["$top/README.md"], glob("$top/docs/*.md"));
$passed = 0;
$failed = 0;
function check(bool $ok, string $what): void {
    global $passed, $failed;
    if ($ok) { $passed++; } else { $failed++; echo "FAIL $what\n"; }
}

// GitHub's anchors: lower case, punctuation but '-' and '_' dropped, spaces to '-', repeats get -1, -2.
function anchors(string $file): array {
    $seen = [];
    $fenced = false;
    foreach (file($file, FILE_IGNORE_NEW_LINES) as $line) {
        if (str_starts_with($line, '```')) { $fenced = !$fenced; continue; }
        if ($fenced || !preg_match('/^#{1,6}\s+(.*?)\s*#*\s*$/', $line, $m)) { continue; }
        $slug = strtolower($m[1]);
        $slug = preg_replace('/[^\p{L}\p{N}_\- ]/u', '', $slug);
        $slug = str_replace(' ', '-', $slug);
        $n = $seen[$slug] ?? 0;
        $seen[$slug] = $n + 1;
        if ($n > 0) { $seen["$slug-$n"] = 1; }
    }
    return $seen;
}

// {a,b} alternatives, then a glob: at least one file must match.
function expand_braces(string $pattern): array {
    if (!preg_match('/^(.*?)\{([^{}]*)\}(.*)$/', $pattern, $m)) { return [$pattern]; }
    $out = [];
    foreach (explode(',', $m[2]) as $alt) {
        $out = array_merge($out, expand_braces($m[1] . $alt . $m[3]));
    }
    return $out;
}

foreach ($files as $file) {
    $name = substr($file, strlen($top) + 1);
    $text = file_get_contents($file);
    $dir = dirname($file);

    preg_match_all('/\[[^\]]*\]\(([^)\s]+)\)/', $text, $links);
    foreach ($links[1] as $target) {
        if (preg_match('/^[a-z]+:/', $target)) { continue; }
        [$path, $anchor] = array_pad(explode('#', $target, 2), 2, null);
        $resolved = $path === '' ? $file : "$dir/$path";
        $exists = file_exists($resolved);
        check($exists, "$name: link $target: no such file");
        if ($exists && $anchor !== null && str_ends_with($resolved, '.md')) {
            check(isset(anchors($resolved)[$anchor]), "$name: link $target: no such heading");
        }
    }

    preg_match_all('#(?<![\w/.-])tests/[\w.*{},/-]*#', $text, $paths);
    foreach (array_unique($paths[0]) as $path) {
        $path = rtrim($path, '.,:');
        $found = false;
        foreach (expand_braces($path) as $p) {
            $found = $found || glob("$top/$p") !== [];
        }
        check($found, "$name: $path does not exist");
    }

    preg_match_all('/\bdiff cases?\s+(\d{3}(?:(?:\s*,\s*|\s+and\s+|\s*[–-]\s*)\d{3})*)/u', $text, $cases);
    preg_match_all('#tests/diff/run\.sh((?:\s+\d{3})+)#', $text, $runs);
    foreach (array_merge($cases[1], $runs[1]) as $list) {
        preg_match_all('/\d{3}/', $list, $numbers);
        foreach ($numbers[0] as $number) {
            check(glob("$top/tests/diff/cases/{$number}_*") !== [], "$name: diff case $number does not exist");
        }
    }
}
echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
