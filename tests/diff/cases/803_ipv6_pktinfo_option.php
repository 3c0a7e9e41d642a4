<?php
// Written while implementing this area: each call prints what it returns, warnings included.
function t($f){ try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; } }
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, []));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 1]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => 'zzz', 'ifindex' => 1]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'lo']));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'nope']));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => [], 'ifindex' => 1]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 0]));
t(fn() => socket_set_option($s6, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 0, 'x' => 1]));
t(fn() => socket_get_option($s6, IPPROTO_IPV6, IPV6_PKTINFO));
$s = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t(fn() => socket_get_option($s, IPPROTO_IPV6, IPV6_PKTINFO));
t(fn() => socket_set_option($s, IPPROTO_IPV6, IPV6_HOPLIMIT, 5));
t(fn() => socket_set_option($s, IPPROTO_IPV6, IPV6_TCLASS, 5));
