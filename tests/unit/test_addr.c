/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_addr: host text -> in_addr/in6_addr (as the bundled extension parses it), unix paths,
 * and addresses back to text. */
#include "unit_util.h"
#include "sk_addr.h"

#include <net/if.h>
#include <netdb.h>
#include <stdint.h>

static int in4_is(const struct sockaddr_in *sin, uint32_t host_order)
{
	return sin->sin_addr.s_addr == htonl(host_order);
}

static sk_host_status in4(const char *host, struct sockaddr_in *out, int *resolver_error)
{
	memset(out, 0, sizeof(*out));
	*resolver_error = 12345;
	return sk_addr_host_to_in4(out, host, resolver_error);
}

static sk_host_status in6(const char *host, struct sockaddr_in6 *out, int *resolver_error)
{
	memset(out, 0, sizeof(*out));
	*resolver_error = 12345;
	return sk_addr_host_to_in6(out, host, resolver_error);
}

static int in6_is(const struct sockaddr_in6 *sin6, const char *text)
{
	struct in6_addr want;
	return inet_pton(AF_INET6, text, &want) == 1 && memcmp(&want, &sin6->sin6_addr, sizeof(want)) == 0;
}

/* --- IPv4 ---------------------------------------------------------------------------------- */

static void inet4_accepts_dotted_quad(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("127.0.0.1", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x7f000001));
	CHECK_EQ(in4("192.0.2.255", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0xc00002ff));
	CHECK_EQ(err, 12345); /* untouched on success */
}

static void inet4_accepts_short_forms_like_127_1(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("127.1", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x7f000001));
	CHECK_EQ(in4("10.1.2", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x0a010002));
	CHECK_EQ(in4("2130706433", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x7f000001));
}

static void inet4_accepts_octal_parts_like_php(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("0177.0.0.01", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x7f000001));
}

/* PHP 8.2 tries inet_pton, then gethostbyname, which takes no hex parts: "Host lookup failed". */
static void inet4_refuses_hex_parts_like_php(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("0x7f.0.0.1", &sin, &err), SK_HOST_NOT_FOUND);
	CHECK_EQ(in4("0x7f000001", &sin, &err), SK_HOST_NOT_FOUND);
	CHECK_EQ(in4("0x7f.1", &sin, &err), SK_HOST_NOT_FOUND);
}

static void inet4_refuses_trailing_space_or_garbage(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("127.0.0.1 ", &sin, &err), SK_HOST_NOT_FOUND);
	CHECK_EQ(in4("127.0.0.1x", &sin, &err), SK_HOST_NOT_FOUND);
	CHECK_EQ(in4(" 127.0.0.1", &sin, &err), SK_HOST_NOT_FOUND);
}

static void inet4_leaves_port_and_family_alone(void)
{
	struct sockaddr_in sin;
	int err = 0;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(8080);
	CHECK_EQ(sk_addr_host_to_in4(&sin, "127.0.0.2", &err), SK_HOST_OK);
	CHECK_EQ(sin.sin_family, AF_INET);
	CHECK_EQ(ntohs(sin.sin_port), 8080);
	CHECK(in4_is(&sin, 0x7f000002));
}

static void inet4_resolves_localhost_from_etc_hosts(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("localhost", &sin, &err), SK_HOST_OK);
	CHECK(in4_is(&sin, 0x7f000001));
}

/* gethostbyname gives HOST_NOT_FOUND (1) for a name that cannot exist: PHP's -10001. */
static void inet4_unknown_host_is_not_found_with_minus_10001(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("no-such-host.invalid", &sin, &err), SK_HOST_NOT_FOUND);
	CHECK_EQ(err, -10001);
	CHECK_EQ(sin.sin_addr.s_addr, 0);
}

static void inet4_out_of_range_quad_is_looked_up_and_not_found(void)
{
	struct sockaddr_in sin;
	int err;
	/* Not an address for inet_aton, so it is a host name, which does not exist. */
	CHECK_EQ(in4("256.0.0.1", &sin, &err), SK_HOST_NOT_FOUND);
	/* The code is whatever h_errno held (PHP reports the same stale value). */
	CHECK(err <= SK_RESOLVER_ERROR_BASE);
	CHECK_EQ(in4("1.2.3.4.5", &sin, &err), SK_HOST_NOT_FOUND);
}

static void inet4_name_longer_than_255_bytes_is_not_found(void)
{
	char name[300];
	struct sockaddr_in sin;
	int err;
	memset(name, 'a', 256);
	name[256] = '\0';
	CHECK_EQ(in4(name, &sin, &err), SK_HOST_NOT_FOUND);
	CHECK(err <= SK_RESOLVER_ERROR_BASE); /* some resolver code, as PHP reports it */
	memset(name, 'a', 299);
	name[299] = '\0';
	CHECK_EQ(in4(name, &sin, &err), SK_HOST_NOT_FOUND);
}

static void inet4_empty_host_is_not_found(void)
{
	struct sockaddr_in sin;
	int err;
	CHECK_EQ(in4("", &sin, &err), SK_HOST_NOT_FOUND);
}

/* --- IPv6 ---------------------------------------------------------------------------------- */

static void inet6_accepts_loopback(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("::1", &sin6, &err), SK_HOST_OK);
	CHECK(IN6_IS_ADDR_LOOPBACK(&sin6.sin6_addr));
	CHECK_EQ(sin6.sin6_scope_id, 0);
	CHECK_EQ(err, 12345);
}

static void inet6_accepts_full_and_v4_mapped_forms(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("2001:0db8:0000:0000:0000:0000:0000:0001", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "2001:db8::1"));
	CHECK_EQ(in6("::ffff:127.0.0.1", &sin6, &err), SK_HOST_OK);
	CHECK(IN6_IS_ADDR_V4MAPPED(&sin6.sin6_addr));
	CHECK(in6_is(&sin6, "::ffff:7f00:1"));
}

/* An IPv4 text on an AF_INET6 socket goes through getaddrinfo(AI_V4MAPPED), as in PHP. */
static void inet6_accepts_ipv4_text_as_v4_mapped(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("127.0.0.1", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "::ffff:127.0.0.1"));
}

static void inet6_leaves_port_and_family_alone(void)
{
	struct sockaddr_in6 sin6;
	int err = 0;
	memset(&sin6, 0, sizeof(sin6));
	sin6.sin6_family = AF_INET6;
	sin6.sin6_port = htons(443);
	CHECK_EQ(sk_addr_host_to_in6(&sin6, "::2", &err), SK_HOST_OK);
	CHECK_EQ(sin6.sin6_family, AF_INET6);
	CHECK_EQ(ntohs(sin6.sin6_port), 443);
	CHECK(in6_is(&sin6, "::2"));
}

static void inet6_link_local_with_interface_name_sets_its_index_as_scope(void)
{
	struct sockaddr_in6 sin6;
	int err;
	unsigned lo = if_nametoindex("lo");
	REQUIRE(lo != 0);
	CHECK_EQ(in6("fe80::1%lo", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "fe80::1"));
	CHECK_EQ(sin6.sin6_scope_id, lo);
}

static void inet6_numeric_scope_is_used_as_the_index(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("fe80::1%5", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "fe80::1"));
	CHECK_EQ(sin6.sin6_scope_id, 5);
	CHECK_EQ(in6("fe80::abcd%4294967295", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "fe80::abcd"));
	CHECK_EQ(sin6.sin6_scope_id, 4294967295u);
}

/* PHP: a scope that is not a positive number means no scope (0), without complaint. */
static void inet6_scope_zero_means_no_scope(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("fe80::1%0", &sin6, &err), SK_HOST_OK);
	CHECK(in6_is(&sin6, "fe80::1"));
	CHECK_EQ(sin6.sin6_scope_id, 0);
}

/* The resolver (glibc getaddrinfo) refuses a link-local address whose "%name" names no interface
 * before the scope is looked at, so PHP reports "Host lookup failed"; so must we. */
static void inet6_unknown_interface_name_fails_the_lookup_like_php(void)
{
	struct sockaddr_in6 sin6;
	int err;
	REQUIRE(if_nametoindex("nosuchif0") == 0);
	CHECK_EQ(in6("fe80::1%nosuchif0", &sin6, &err), SK_HOST_NOT_FOUND);
}

static void inet6_resolves_localhost(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("localhost", &sin6, &err), SK_HOST_OK);
	/* ::1 where /etc/hosts lists it, else 127.0.0.1 mapped (AI_V4MAPPED), as PHP gets. */
	CHECK(IN6_IS_ADDR_LOOPBACK(&sin6.sin6_addr) || in6_is(&sin6, "::ffff:127.0.0.1"));
}

static void inet6_unknown_host_is_not_found(void)
{
	struct sockaddr_in6 sin6;
	int err;
	CHECK_EQ(in6("no-such-host.invalid", &sin6, &err), SK_HOST_NOT_FOUND);
	CHECK(err <= SK_RESOLVER_ERROR_BASE);
	CHECK_EQ(in6("1::2::3", &sin6, &err), SK_HOST_NOT_FOUND);
}

/* --- unix paths ---------------------------------------------------------------------------- */

static void unix_path_max_is_108(void)
{
	CHECK_EQ(SK_UNIX_PATH_MAX, 108);
}

static void unix_path_of_107_bytes_is_accepted(void)
{
	char path[107];
	struct sockaddr_un sun;
	socklen_t len = 0;
	memset(path, 'p', sizeof(path));
	path[0] = '/';
	memset(&sun, 0x55, sizeof(sun));
	CHECK_EQ(sk_addr_unix(&sun, &len, path, 107), 0);
	CHECK_EQ(sun.sun_family, AF_UNIX);
	CHECK_EQ(len, offsetof(struct sockaddr_un, sun_path) + 107);
	CHECK_MEM_EQ(sun.sun_path, 107, path, 107);
	CHECK_EQ(sun.sun_path[107], '\0'); /* room for the NUL the kernel may write */
}

static void unix_path_of_108_bytes_is_refused(void)
{
	char path[200];
	struct sockaddr_un sun;
	socklen_t len = 77;
	memset(path, 'p', sizeof(path));
	CHECK_EQ(sk_addr_unix(&sun, &len, path, 108), -1);
	CHECK_EQ(len, 77);
	CHECK_EQ(sk_addr_unix(&sun, &len, path, 200), -1);
}

static void unix_path_length_excludes_the_terminating_nul(void)
{
	struct sockaddr_un sun;
	socklen_t len = 0;
	memset(&sun, 0x55, sizeof(sun));
	CHECK_EQ(sk_addr_unix(&sun, &len, "/tmp/x.sock", 11), 0);
	CHECK_EQ(len, offsetof(struct sockaddr_un, sun_path) + 11);
	CHECK_STR_EQ(sun.sun_path, "/tmp/x.sock");
	/* The rest of the structure is zeroed. */
	int dirty = 0;
	for (size_t i = 11; i < sizeof(sun.sun_path); i++) {
		dirty += sun.sun_path[i] != 0;
	}
	CHECK_EQ(dirty, 0);
}

static void abstract_unix_name_keeps_leading_nul(void)
{
	struct sockaddr_un sun;
	socklen_t len = 0;
	CHECK_EQ(sk_addr_unix(&sun, &len, "\0name", 5), 0);
	CHECK_EQ(sun.sun_family, AF_UNIX);
	CHECK_EQ(sun.sun_path[0], '\0');
	CHECK_MEM_EQ(sun.sun_path, 5, "\0name", 5);
	CHECK_EQ(len, offsetof(struct sockaddr_un, sun_path) + 5);
}

static void unix_empty_path_is_just_the_family(void)
{
	struct sockaddr_un sun;
	socklen_t len = 0;
	CHECK_EQ(sk_addr_unix(&sun, &len, "", 0), 0);
	CHECK_EQ(len, offsetof(struct sockaddr_un, sun_path));
}

static void unix_path_binds_and_reads_back_with_getsockname(void)
{
	char path[64];
	int n = snprintf(path, sizeof(path), "/tmp/sk-unit-%ld.sock", (long) getpid());
	REQUIRE(n > 0 && (size_t) n < sizeof(path));
	unlink(path);
	sk_sockaddr addr;
	socklen_t len = 0;
	REQUIRE(sk_addr_unix(&addr.un, &len, path, (size_t) n) == 0);
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	REQUIRE(fd >= 0);
	CHECK_EQ(bind(fd, &addr.sa, len), 0);

	sk_sockaddr back;
	socklen_t back_len = sizeof(back);
	memset(&back, 0, sizeof(back));
	CHECK_EQ(getsockname(fd, &back.sa, &back_len), 0);
	const char *got = NULL;
	size_t got_len = sk_addr_unix_path(&back.un, back_len, &got);
	CHECK_MEM_EQ(got, got_len, path, n);
	close(fd);
	unlink(path);
}

/* The kernel takes the abstract name as exactly the bytes after the NUL: a wrong socklen would
 * bind another name. PHP then reports the bound name as "" (sun_path up to the first NUL). */
static void abstract_unix_name_binds_with_exactly_its_bytes(void)
{
	char name[64];
	int n = snprintf(name, sizeof(name), "%csk-unit-abstract-%ld", '\0', (long) getpid());
	REQUIRE(n > 1 && (size_t) n < sizeof(name));
	sk_sockaddr addr;
	socklen_t len = 0;
	REQUIRE(sk_addr_unix(&addr.un, &len, name, (size_t) n) == 0);
	int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	REQUIRE(fd >= 0);
	CHECK_EQ(bind(fd, &addr.sa, len), 0);

	sk_sockaddr back;
	socklen_t back_len = sizeof(back);
	memset(&back, 0x55, sizeof(back));
	CHECK_EQ(getsockname(fd, &back.sa, &back_len), 0);
	CHECK_EQ(back_len, len);
	CHECK_MEM_EQ(back.un.sun_path, back_len - offsetof(struct sockaddr_un, sun_path), name, n);
	const char *got = NULL;
	CHECK_EQ(sk_addr_unix_path(&back.un, back_len, &got), 0);
	CHECK(got == back.un.sun_path);

	/* And a peer can reach it through the same conversion. */
	int peer = socket(AF_UNIX, SOCK_DGRAM, 0);
	REQUIRE(peer >= 0);
	CHECK_EQ(sendto(peer, "hi", 2, 0, &addr.sa, len), 2);
	char buf[8];
	CHECK_MEM_EQ(buf, th_recv_now(fd, buf, sizeof(buf)), "hi", 2);
	close(peer);
	close(fd);
}

static void unix_path_stops_at_the_first_nul(void)
{
	struct sockaddr_un sun;
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, "abc\0def", 7);
	const char *path = NULL;
	CHECK_EQ(sk_addr_unix_path(&sun, sizeof(sun), &path), 3);
	CHECK(path == sun.sun_path);
}

static void unix_path_is_bounded_by_the_address_length(void)
{
	struct sockaddr_un sun;
	const char *path = NULL;
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memset(sun.sun_path, 'x', sizeof(sun.sun_path)); /* no NUL at all */
	CHECK_EQ(sk_addr_unix_path(&sun, (socklen_t) (offsetof(struct sockaddr_un, sun_path) + 5), &path), 5);
	CHECK_EQ(sk_addr_unix_path(&sun, (socklen_t) sizeof(sun), &path), 108);
	/* A length longer than the structure (the kernel may report one) is clamped. */
	CHECK_EQ(sk_addr_unix_path(&sun, (socklen_t) sizeof(sun) + 16, &path), 108);
}

static void unix_path_of_unnamed_socket_is_empty(void)
{
	struct sockaddr_un sun;
	const char *path = NULL;
	memset(&sun, 'x', sizeof(sun));
	sun.sun_family = AF_UNIX;
	CHECK_EQ(sk_addr_unix_path(&sun, sizeof(sa_family_t), &path), 0);
	CHECK_EQ(sk_addr_unix_path(&sun, 0, &path), 0);

	/* What getsockname gives for an unbound socketpair end. */
	int sv[2];
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
	sk_sockaddr back;
	socklen_t back_len = sizeof(back);
	memset(&back, 'x', sizeof(back));
	CHECK_EQ(getsockname(sv[0], &back.sa, &back_len), 0);
	CHECK_EQ(sk_addr_unix_path(&back.un, back_len, &path), 0);
	close(sv[0]);
	close(sv[1]);
}

/* --- inet addresses back to text ----------------------------------------------------------- */

static void inet_to_text_formats_ipv4_with_port(void)
{
	sk_sockaddr addr;
	char buf[INET6_ADDRSTRLEN];
	int port = -1;
	memset(&addr, 0, sizeof(addr));
	addr.in4.sin_family = AF_INET;
	addr.in4.sin_port = htons(8080);
	addr.in4.sin_addr.s_addr = htonl(0xc0000221);
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), 0);
	CHECK_STR_EQ(buf, "192.0.2.33");
	CHECK_EQ(port, 8080);
}

static void inet_to_text_formats_ipv6_with_port(void)
{
	sk_sockaddr addr;
	char buf[INET6_ADDRSTRLEN];
	int port = -1;
	memset(&addr, 0, sizeof(addr));
	addr.in6.sin6_family = AF_INET6;
	addr.in6.sin6_port = htons(443);
	REQUIRE(inet_pton(AF_INET6, "2001:db8:0:0:0:0:0:1", &addr.in6.sin6_addr) == 1);
	addr.in6.sin6_scope_id = 3; /* not part of the text, as in PHP */
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), 0);
	CHECK_STR_EQ(buf, "2001:db8::1");
	CHECK_EQ(port, 443);

	REQUIRE(inet_pton(AF_INET6, "::ffff:127.0.0.1", &addr.in6.sin6_addr) == 1);
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), 0);
	CHECK_STR_EQ(buf, "::ffff:127.0.0.1");
}

static void inet_to_text_port_is_unsigned_host_order(void)
{
	sk_sockaddr addr;
	char buf[INET6_ADDRSTRLEN];
	int port = -1;
	memset(&addr, 0, sizeof(addr));
	addr.in4.sin_family = AF_INET;
	addr.in4.sin_port = htons(65535);
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), 0);
	CHECK_STR_EQ(buf, "0.0.0.0");
	CHECK_EQ(port, 65535);
	addr.in4.sin_port = htons(1);
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), 0);
	CHECK_EQ(port, 1);
}

static void inet_to_text_of_a_connected_socket_round_trips(void)
{
	int client, server;
	REQUIRE(th_tcp_pair(&client, &server) == 0);
	sk_sockaddr local, peer;
	socklen_t local_len = sizeof(local), peer_len = sizeof(peer);
	REQUIRE(getsockname(client, &local.sa, &local_len) == 0);
	REQUIRE(getpeername(server, &peer.sa, &peer_len) == 0);
	char a[INET6_ADDRSTRLEN], b[INET6_ADDRSTRLEN];
	int pa = -1, pb = -2;
	CHECK_EQ(sk_addr_inet_to_text(&local, a, sizeof(a), &pa), 0);
	CHECK_EQ(sk_addr_inet_to_text(&peer, b, sizeof(b), &pb), 0);
	CHECK_STR_EQ(a, "127.0.0.1");
	CHECK_STR_EQ(b, "127.0.0.1");
	CHECK_EQ(pa, pb);
	CHECK_EQ(pa, ntohs(local.in4.sin_port));
	CHECK(pa > 0);
	close(client);
	close(server);
}

static void inet_to_text_refuses_other_families(void)
{
	sk_sockaddr addr;
	char buf[INET6_ADDRSTRLEN];
	int port = -1;
	memset(&addr, 0, sizeof(addr));
	addr.un.sun_family = AF_UNIX;
	errno = 0;
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, sizeof(buf), &port), -1);
	CHECK_EQ(errno, EAFNOSUPPORT);
}

static void inet_to_text_with_too_small_buffer_fails_with_enospc(void)
{
	sk_sockaddr addr;
	char buf[64];
	int port = -1;
	memset(&addr, 0, sizeof(addr));
	memset(buf, '#', sizeof(buf));
	addr.in4.sin_family = AF_INET;
	addr.in4.sin_addr.s_addr = htonl(0xc0000221);
	errno = 0;
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, 8, &port), -1);
	CHECK_EQ(errno, ENOSPC);
	CHECK_EQ(buf[8], '#');
	/* Exactly enough room: "192.0.2.33" is 10 bytes plus the NUL. */
	CHECK_EQ(sk_addr_inet_to_text(&addr, buf, 11, &port), 0);
	CHECK_STR_EQ(buf, "192.0.2.33");
}

static const th_test tests[] = {
	TH_TEST(inet4_accepts_dotted_quad),
	TH_TEST(inet4_accepts_short_forms_like_127_1),
	TH_TEST(inet4_accepts_octal_parts_like_php),
	TH_TEST(inet4_refuses_hex_parts_like_php),
	TH_TEST(inet4_refuses_trailing_space_or_garbage),
	TH_TEST(inet4_leaves_port_and_family_alone),
	TH_TEST(inet4_resolves_localhost_from_etc_hosts),
	TH_TEST(inet4_unknown_host_is_not_found_with_minus_10001),
	TH_TEST(inet4_out_of_range_quad_is_looked_up_and_not_found),
	TH_TEST(inet4_name_longer_than_255_bytes_is_not_found),
	TH_TEST(inet4_empty_host_is_not_found),
	TH_TEST(inet6_accepts_loopback),
	TH_TEST(inet6_accepts_full_and_v4_mapped_forms),
	TH_TEST(inet6_accepts_ipv4_text_as_v4_mapped),
	TH_TEST(inet6_leaves_port_and_family_alone),
	TH_TEST(inet6_link_local_with_interface_name_sets_its_index_as_scope),
	TH_TEST(inet6_numeric_scope_is_used_as_the_index),
	TH_TEST(inet6_scope_zero_means_no_scope),
	TH_TEST(inet6_unknown_interface_name_fails_the_lookup_like_php),
	TH_TEST(inet6_resolves_localhost),
	TH_TEST(inet6_unknown_host_is_not_found),
	TH_TEST(unix_path_max_is_108),
	TH_TEST(unix_path_of_107_bytes_is_accepted),
	TH_TEST(unix_path_of_108_bytes_is_refused),
	TH_TEST(unix_path_length_excludes_the_terminating_nul),
	TH_TEST(abstract_unix_name_keeps_leading_nul),
	TH_TEST(unix_empty_path_is_just_the_family),
	TH_TEST(unix_path_binds_and_reads_back_with_getsockname),
	TH_TEST(abstract_unix_name_binds_with_exactly_its_bytes),
	TH_TEST(unix_path_stops_at_the_first_nul),
	TH_TEST(unix_path_is_bounded_by_the_address_length),
	TH_TEST(unix_path_of_unnamed_socket_is_empty),
	TH_TEST(inet_to_text_formats_ipv4_with_port),
	TH_TEST(inet_to_text_formats_ipv6_with_port),
	TH_TEST(inet_to_text_port_is_unsigned_host_order),
	TH_TEST(inet_to_text_of_a_connected_socket_round_trips),
	TH_TEST(inet_to_text_refuses_other_families),
	TH_TEST(inet_to_text_with_too_small_buffer_fails_with_enospc),
};

TH_MAIN(tests)
