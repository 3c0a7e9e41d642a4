<?php
// Writes a copy of a phpt whose expected output speaks another libc's error texts: every text
// socket_strerror() gives on glibc (where the expectations were written, under the bundled
// extension) is replaced by the one the other libc gives for the same code, in the --EXPECT*--
// section only. The tables are JSON objects code => text, made by tests/libc/texts.php under the
// bundled extension of each PHP. Usage: php translate.php GLIBC.json OTHER.json IN.phpt OUT.phpt
[, $from_file, $to_file, $in, $out] = $argv;
$from = json_decode(file_get_contents($from_file), true);
$to = json_decode(file_get_contents($to_file), true);
$pairs = [];
foreach ($from as $code => $text) {
    if (isset($to[$code]) && $to[$code] !== $text && $text !== '') {
        $pairs[$text] = $to[$code];
        // var_dump()'s form carries the length.
        $pairs[sprintf('string(%d) "%s"', strlen($text), $text)] = sprintf('string(%d) "%s"', strlen($to[$code]), $to[$code]);
    }
}
// Longest first, so a text that contains another is replaced whole.
uksort($pairs, static fn ($a, $b) => strlen($b) <=> strlen($a));
$src = file_get_contents($in);
if (!preg_match('/^--EXPECT(F|REGEX)?--$/m', $src, $m, PREG_OFFSET_CAPTURE)) {
    fwrite(STDERR, "$in: no --EXPECT-- section\n");
    exit(1);
}
$at = $m[0][1];
file_put_contents($out, substr($src, 0, $at) . strtr(substr($src, $at), $pairs));
