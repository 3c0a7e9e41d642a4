/* SPDX-License-Identifier: BSD-3-Clause */
/* sk_msg: message arrays (written in msg_tree.h's text form) to msghdr, in the bundled extension's words;
 * received control data back to items; CMSG_SPACE per type. */
#include "unit_util.h"
#include "msg_tree.h"

#include <sys/stat.h>
#include <sys/un.h>
#include <netpacket/packet.h>

static const char *send_error(const char *text, int family, sk_msg_send *msg)
{
	static sk_msg_error err; /* the last message stays readable until the next call */
	sk_msg_error_release(&err);
	mt_node *root = mt_parse(text, strlen(text));
	if (root == NULL) {
		return "(test text does not parse)";
	}
	if (sk_msg_send_from_value(msg, &mt_reader, (const sk_msg_value *) root, family, &err) == 0) {
		return NULL;
	}
	return err.aborted ? "(aborted)" : err.message;
}

/* The error a send message gives, or "" when it converts. */
#define SEND_ERROR_IS(text, family, want) do { \
		sk_msg_send msg_; \
		const char *got_ = send_error(text, family, &msg_); \
		CHECK_STR_EQ(got_ ? got_ : "", want); \
		sk_msg_send_release(&msg_); \
		mt_free_all(); \
	} while (0)

static void iov_elements_become_iovecs_without_copies(void)
{
	sk_msg_send msg;
	REQUIRE(send_error("{iov: [\"hello \", \"world\", 42]}", AF_UNIX, &msg) == NULL);
	CHECK_EQ(msg.hdr.msg_iovlen, 3);
	CHECK_MEM_EQ(msg.hdr.msg_iov[0].iov_base, msg.hdr.msg_iov[0].iov_len, "hello ", 6);
	CHECK_MEM_EQ(msg.hdr.msg_iov[2].iov_base, msg.hdr.msg_iov[2].iov_len, "42", 2);
	CHECK(msg.hdr.msg_name == NULL);
	CHECK(msg.hdr.msg_control == NULL);
	sk_msg_send_release(&msg);
	mt_free_all();
}

static void empty_message_and_empty_iov_convert(void)
{
	SEND_ERROR_IS("{}", AF_INET, "");
	SEND_ERROR_IS("{iov: []}", AF_INET, "");
	SEND_ERROR_IS("{control: []}", AF_INET, "");
}

static void top_level_keys_are_checked_in_the_bundled_order(void)
{
	SEND_ERROR_IS("{control: 1, iov: 1, name: 1}", AF_INET,
		"error converting user data (path: msghdr > name): expected an array here");
	SEND_ERROR_IS("{control: 1, iov: 1}", AF_INET,
		"error converting user data (path: msghdr > iov): expected an array here");
	SEND_ERROR_IS("{control: 1}", AF_INET,
		"error converting user data (path: msghdr > control): expected an array here");
	SEND_ERROR_IS("5", AF_INET, "error converting user data (path: msghdr): expected an array here");
}

static void inet_names_convert_with_ranges(void)
{
	sk_msg_send msg;
	REQUIRE(send_error("{name: {addr: \"127.0.0.1\", port: 8080}}", AF_INET, &msg) == NULL);
	CHECK_EQ(msg.hdr.msg_namelen, sizeof(struct sockaddr_in));
	CHECK_EQ(msg.name.in4.sin_family, AF_INET);
	CHECK_EQ(ntohs(msg.name.in4.sin_port), 8080);
	CHECK_EQ(ntohl(msg.name.in4.sin_addr.s_addr), 0x7f000001u);
	sk_msg_send_release(&msg);
	mt_free_all();

	SEND_ERROR_IS("{name: {addr: \"127.0.0.1\", port: 65536}}", AF_INET,
		"error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer");
	SEND_ERROR_IS("{name: {addr: \"127.0.0.1\", port: -1}}", AF_INET,
		"error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer");
	SEND_ERROR_IS("{name: {port: \"12x\", addr: \"nohost\"}}", AF_INET,
		"error converting user data (path: msghdr > name > addr): could not resolve address 'nohost' to get an AF_INET address");
	SEND_ERROR_IS("{name: {addr: \"::1\", port: 1, flowinfo: -1}}", AF_INET6,
		"error converting user data (path: msghdr > name > flowinfo): given PHP integer is out of bounds for an unsigned 32-bit integer");
	SEND_ERROR_IS("{name: {addr: \"::1\", scope_id: 4294967296}}", AF_INET6,
		"error converting user data (path: msghdr > name > scope_id): given PHP integer is out of bounds for an unsigned 32-bit integer");
	SEND_ERROR_IS("{name: {port: n}}", AF_INET,
		"error converting user data (path: msghdr > name > port): expected an integer, either of a PHP integer type or of a convertible type");
	SEND_ERROR_IS("{name: {port: \"p\"}}", AF_INET,
		"error converting user data (path: msghdr > name > port): expected an integer, but got a non numeric string (possibly from a converted object): 'p'");
	SEND_ERROR_IS("{name: {port: x}}", AF_INET, "(aborted)");
}

static void name_family_must_suit_the_socket(void)
{
	SEND_ERROR_IS("{name: {family: 10}}", AF_INET,
		"error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket");
	SEND_ERROR_IS("{name: {family: 1}}", AF_INET,
		"error converting user data (path: msghdr > name): the specified family (AF_UNIX) is not supported on this socket");
	SEND_ERROR_IS("{name: {family: 2}}", AF_UNIX,
		"error converting user data (path: msghdr > name): the specified family (number 2) is not supported on this socket");
	SEND_ERROR_IS("{name: {family: 99}}", AF_UNIX,
		"error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
	SEND_ERROR_IS("{name: {family: 1099511627776}}", AF_UNIX,
		"error converting user data (path: msghdr > name > family): given PHP integer is out of bounds for a native int");
	/* An IPv6 socket sends to IPv4 names (v4-mapped). */
	SEND_ERROR_IS("{name: {family: 2, addr: \"127.0.0.1\", port: 9}}", AF_INET6, "");
}

static void unix_names_keep_abstract_bytes(void)
{
	sk_msg_send msg;
	REQUIRE(send_error("{name: {path: \"\\0abc\"}}", AF_UNIX, &msg) == NULL);
	CHECK_EQ(msg.hdr.msg_namelen, offsetof(struct sockaddr_un, sun_path) + 4);
	CHECK_MEM_EQ(msg.name.un.sun_path, 4, "\0abc", 4);
	sk_msg_send_release(&msg);
	mt_free_all();

	REQUIRE(send_error("{name: {}}", AF_UNIX, &msg) == NULL);
	CHECK_EQ(msg.hdr.msg_namelen, offsetof(struct sockaddr_un, sun_path) + 1);
	sk_msg_send_release(&msg);
	mt_free_all();

	SEND_ERROR_IS("{name: {path: \"\"}}", AF_UNIX,
		"error converting user data (path: msghdr > name > path): the path is cannot be empty");
	char text[200];
	snprintf(text, sizeof(text), "{name: {path: \"%0108d\"}}", 0);
	SEND_ERROR_IS(text, AF_UNIX,
		"error converting user data (path: msghdr > name > path): the path is too long, the maximum permitted length is 107");
	snprintf(text, sizeof(text), "{name: {path: \"%0107d\"}}", 0);
	SEND_ERROR_IS(text, AF_UNIX, "");
}

static void control_elements_are_checked_level_type_then_data(void)
{
	SEND_ERROR_IS("{control: [1]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): expected an array here");
	SEND_ERROR_IS("{control: [{data: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): The key 'level' is required");
	SEND_ERROR_IS("{control: [{level: 1, data: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): The key 'type' is required");
	SEND_ERROR_IS("{control: [{data: 1, type: \"x\", level: \"y\"}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > level): expected an integer, but got a non numeric string (possibly from a converted object): 'y'");
	SEND_ERROR_IS("{control: [{level: 1, type: 99, data: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): cmsghdr with level 1 and type 99 not supported");
	SEND_ERROR_IS("{control: [{level: 1, type: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): cmsghdr should have a 'data' element here");
	SEND_ERROR_IS("{control: {a: {level: 1, type: 1, data: [#0]}, b: 5}}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #1): expected an array here");
}

static void rights_count_from_one_in_error_paths(void)
{
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): expected an array here");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: []}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0): expected at least one element in this array");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#0, 1]}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > element #2): expected a Socket object or a stream resource");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#r]}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > element #1): resource is not a stream");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#0, #c]}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > element #2): socket is already closed");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#m]}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > element #1): cast stream to file descriptor failed");
}

static int open_fd_count(void)
{
	int n = 0;
	for (int fd = 0; fd < 1024; fd++) {
		if (fcntl(fd, F_GETFD) != -1) {
			n++;
		}
	}
	return n;
}

static bool same_file(int a, int b)
{
	struct stat sa, sb;
	return fstat(a, &sa) == 0 && fstat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int rights_fd(const struct cmsghdr *cmsg, size_t i)
{
	int fd;
	memcpy(&fd, CMSG_DATA(cmsg) + i * sizeof(int), sizeof(int));
	return fd;
}

static void rights_carry_every_descriptor_in_order(void)
{
	sk_msg_send msg;
	int p[2], q[2];
	char text[256];
	/* Socket pairs: each end is a file of its own (both ends of a pipe share one inode). */
	REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, p) == 0 && socketpair(AF_UNIX, SOCK_STREAM, 0, q) == 0);
	int before = open_fd_count();
	snprintf(text, sizeof(text), "{iov: [\"a\"], control: [{level: 1, type: 1, data: [#%d, #%d, #%d]}, "
		"{level: 1, type: 1, data: [#%d]}]}", p[0], p[1], q[0], q[1]);
	REQUIRE(send_error(text, AF_UNIX, &msg) == NULL);
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg.hdr);
	REQUIRE(cmsg != NULL);
	CHECK_EQ(cmsg->cmsg_level, SOL_SOCKET);
	CHECK_EQ(cmsg->cmsg_type, SCM_RIGHTS);
	CHECK_EQ(cmsg->cmsg_len, CMSG_LEN(3 * sizeof(int)));
	/* Duplicates of the given descriptors, in order: the same open files under numbers the message owns. */
	CHECK(same_file(rights_fd(cmsg, 0), p[0]) && rights_fd(cmsg, 0) != p[0]);
	CHECK(same_file(rights_fd(cmsg, 1), p[1]) && rights_fd(cmsg, 1) != p[1]);
	CHECK(same_file(rights_fd(cmsg, 2), q[0]) && rights_fd(cmsg, 2) != q[0]);
	CHECK(!same_file(rights_fd(cmsg, 0), p[1]));
	cmsg = CMSG_NXTHDR(&msg.hdr, cmsg);
	REQUIRE(cmsg != NULL);
	CHECK(same_file(rights_fd(cmsg, 0), q[1]) && rights_fd(cmsg, 0) != q[1]);
	CHECK(CMSG_NXTHDR(&msg.hdr, cmsg) == NULL);
	CHECK_EQ(msg.hdr.msg_controllen, CMSG_SPACE(3 * sizeof(int)) + CMSG_SPACE(sizeof(int)));
	CHECK_EQ(open_fd_count(), before + 4);
	sk_msg_send_release(&msg);
	CHECK_EQ(open_fd_count(), before);
	mt_free_all();
}

/* Stands for PHP code run by a later conversion (a __toString) that closes a descriptor already listed in
 * SCM_RIGHTS and opens another file, which takes the freed number. */
static int hook_victim = -1;

static void close_victim_and_reuse_its_number(void)
{
	close(hook_victim);
	int other = open("/dev/null", O_RDONLY);
	if (other != hook_victim) {
		th_fail(__FILE__, __LINE__, "/dev/null got %d, not the freed %d", other, hook_victim);
	}
}

static void rights_descriptor_closed_by_a_later_conversion_is_still_sent(void)
{
	sk_msg_send msg;
	int p[2];
	struct stat pipe_end;
	char text[256];
	REQUIRE(pipe(p) == 0);
	REQUIRE(fstat(p[0], &pipe_end) == 0);
	hook_victim = p[0];
	mt_hook = close_victim_and_reuse_its_number;
	snprintf(text, sizeof(text), "{control: [{level: 1, type: 1, data: [#%d]}, "
		"{level: 1, type: 2, data: {pid: !, uid: 0, gid: 0}}]}", p[0]);
	REQUIRE(send_error(text, AF_UNIX, &msg) == NULL);
	struct stat sent;
	REQUIRE(fstat(rights_fd(CMSG_FIRSTHDR(&msg.hdr), 0), &sent) == 0);
	/* The pipe that was listed, not /dev/null now under its old number. */
	CHECK(sent.st_dev == pipe_end.st_dev && sent.st_ino == pipe_end.st_ino);
	sk_msg_send_release(&msg);
	mt_free_all();
}

static void control_elements_are_converted_one_at_a_time(void)
{
	/* Element #0's data is wrong: that is reported, whatever is wrong in element #1 (the bundled order). */
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: 5}, {level: 1, type: 999, data: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): expected an array here");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: 5}, 5]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): expected an array here");
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#0, 5]}, {level: 1, type: 1, data: []}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > element #2): expected a Socket object or a stream resource");
	/* Element #1 is not read at all: its level would throw (x) if it were converted. */
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {}}, {level: x, type: 1}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): The key 'pid' is required");
	/* A good element #0, then a bad #1. */
	SEND_ERROR_IS("{control: [{level: 1, type: 1, data: [#0]}, {level: 1, type: 2, data: {pid: 1}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #1 > data): The key 'uid' is required");
}

static void conversion_errors_quote_long_values_whole(void)
{
	enum { LONG_VALUE = 1500 }; /* past the 1024 bytes the message had */
	char *value = malloc(LONG_VALUE + 1), *text = malloc(LONG_VALUE + 100), *want = malloc(LONG_VALUE + 300);
	REQUIRE(value != NULL && text != NULL && want != NULL);
	memset(value, 'p', LONG_VALUE);
	value[LONG_VALUE] = '\0';
	snprintf(text, LONG_VALUE + 100, "{name: {addr: \"127.0.0.1\", port: \"%s\"}}", value);
	snprintf(want, LONG_VALUE + 300, "error converting user data (path: msghdr > name > port): expected an integer, "
		"but got a non numeric string (possibly from a converted object): '%s'", value);
	SEND_ERROR_IS(text, AF_INET, want);
	snprintf(text, LONG_VALUE + 100, "{name: {addr: \"%s\", port: 1}}", value);
	snprintf(want, LONG_VALUE + 300, "error converting user data (path: msghdr > name > addr): could not resolve "
		"address '%s' to get an AF_INET6 address", value);
	SEND_ERROR_IS(text, AF_INET6, want);
	free(value);
	free(text);
	free(want);
}

static void credentials_need_pid_uid_gid_in_range(void)
{
	sk_msg_send msg;
	REQUIRE(send_error("{control: [{level: 1, type: 2, data: {pid: 12, uid: 34, gid: 56}}]}", AF_UNIX, &msg) == NULL);
	struct ucred cred;
	memcpy(&cred, CMSG_DATA(CMSG_FIRSTHDR(&msg.hdr)), sizeof(cred));
	CHECK_EQ(cred.pid, 12);
	CHECK_EQ(cred.uid, 34);
	CHECK_EQ(cred.gid, 56);
	sk_msg_send_release(&msg);
	mt_free_all();

	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {gid: 1, uid: 1}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): The key 'pid' is required");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {pid: 1}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): The key 'uid' is required");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: 5}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data): expected an array here");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {pid: 1099511627776, uid: 0, gid: 0}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > pid): given PHP integer is out of bounds for a pid_t value");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {pid: 1, uid: -1, gid: 0}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > uid): given PHP integer is out of bounds for a uid_t value");
	SEND_ERROR_IS("{control: [{level: 1, type: 2, data: {pid: 1, uid: 0, gid: 4294967296}}]}", AF_UNIX,
		"error converting user data (path: msghdr > control > element #0 > data > gid): given PHP integer is out of bounds for a uid_t value");
}

static void ipv6_control_messages_convert(void)
{
	sk_msg_send msg;
	REQUIRE(send_error("{control: [{level: 41, type: 50, data: {addr: \"::1\", ifindex: 1}}, "
		"{level: 41, type: 52, data: 7}, {level: 41, type: 67, data: \"40\"}]}", AF_INET6, &msg) == NULL);
	struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg.hdr);
	struct in6_pktinfo info;
	memcpy(&info, CMSG_DATA(cmsg), sizeof(info));
	CHECK(IN6_IS_ADDR_LOOPBACK(&info.ipi6_addr));
	CHECK_EQ(info.ipi6_ifindex, 1);
	int value;
	cmsg = CMSG_NXTHDR(&msg.hdr, cmsg);
	memcpy(&value, CMSG_DATA(cmsg), sizeof(value));
	CHECK_EQ(value, 7);
	cmsg = CMSG_NXTHDR(&msg.hdr, cmsg);
	memcpy(&value, CMSG_DATA(cmsg), sizeof(value));
	CHECK_EQ(value, 40);
	sk_msg_send_release(&msg);
	mt_free_all();

	SEND_ERROR_IS("{control: [{level: 41, type: 50, data: {ifindex: -1, addr: \"zz\"}}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data > addr): could not resolve address 'zz' to get an AF_INET6 address");
	SEND_ERROR_IS("{control: [{level: 41, type: 50, data: {addr: \"::1\", ifindex: -1}}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data > ifindex): the interface index cannot be negative or larger than 4294967295; given -1");
	SEND_ERROR_IS("{control: [{level: 41, type: 50, data: {addr: \"::1\", ifindex: \"nope0\"}}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data > ifindex): no interface with name \"nope0\" could be found");
	SEND_ERROR_IS("{control: [{level: 41, type: 50, data: {addr: \"::1\"}}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data): The key 'ifindex' is required");
	SEND_ERROR_IS("{control: [{level: 41, type: 52, data: []}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data): expected an integer, either of a PHP integer type or of a convertible type");
	SEND_ERROR_IS("{control: [{level: 41, type: 52, data: 2147483648}]}", AF_INET6,
		"error converting user data (path: msghdr > control > element #0 > data): given PHP integer is out of bounds for a native int");
}

static void pktinfo_alone_reports_from_in6_pktinfo(void)
{
	struct in6_pktinfo info;
	sk_msg_error err;
	const char *text = "{ifindex: 1, addr: \"::1\"}";
	mt_node *root = mt_parse(text, strlen(text));
	REQUIRE(root != NULL);
	CHECK_EQ(sk_msg_pktinfo_from_value(&info, &mt_reader, (const sk_msg_value *) root, &err), 0);
	CHECK(IN6_IS_ADDR_LOOPBACK(&info.ipi6_addr));
	CHECK_EQ(info.ipi6_ifindex, 1);
	mt_free_all();
	text = "{addr: \"::1\"}";
	root = mt_parse(text, strlen(text));
	REQUIRE(root != NULL);
	CHECK_EQ(sk_msg_pktinfo_from_value(&info, &mt_reader, (const sk_msg_value *) root, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: in6_pktinfo): The key 'ifindex' is required");
	sk_msg_error_release(&err);
	mt_free_all();
	root = mt_parse("7", 1);
	CHECK_EQ(sk_msg_pktinfo_from_value(&info, &mt_reader, (const sk_msg_value *) root, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: in6_pktinfo): expected an array here");
	sk_msg_error_release(&err);
	mt_free_all();
}

/* The texts that PHP 8.4's bundled extension words differently from 8.2's (reader.php84_texts). */
static void php84_texts_name_converted_ipv6_address_and_reword_empty_path(void)
{
	sk_msg_reader reader84 = mt_reader;
	struct in6_pktinfo info;
	sk_msg_error err;
	const char *text = "{addr: 7, ifindex: 0}";
	mt_node *root = mt_parse(text, strlen(text));
	REQUIRE(root != NULL);
	reader84.php84_texts = true;
	CHECK_EQ(sk_msg_pktinfo_from_value(&info, &mt_reader, (const sk_msg_value *) root, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: in6_pktinfo > addr): "
		"could not resolve address '' to get an AF_INET6 address");
	sk_msg_error_release(&err);
	CHECK_EQ(sk_msg_pktinfo_from_value(&info, &reader84, (const sk_msg_value *) root, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: in6_pktinfo > addr): "
		"could not resolve address '7' to get an AF_INET6 address");
	sk_msg_error_release(&err);
	mt_free_all();

	sk_msg_send msg;
	text = "{name: {path: \"\"}}";
	root = mt_parse(text, strlen(text));
	REQUIRE(root != NULL);
	CHECK_EQ(sk_msg_send_from_value(&msg, &mt_reader, (const sk_msg_value *) root, AF_UNIX, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > name > path): the path is cannot be empty");
	sk_msg_error_release(&err);
	CHECK_EQ(sk_msg_send_from_value(&msg, &reader84, (const sk_msg_value *) root, AF_UNIX, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > name > path): the path is must not be empty");
	sk_msg_error_release(&err);
	mt_free_all();
}

/* ---- receiving ---- */

static int recv_request(const char *text, sk_msg_recv_request *req, sk_msg_error *err)
{
	sk_msg_error_release(err); /* the previous call's message */
	mt_node *root = mt_parse(text, strlen(text));
	int r = root ? sk_msg_recv_request_from_value(req, &mt_reader, (const sk_msg_value *) root, AF_INET, err) : -2;
	mt_free_all();
	return r;
}

static void recv_request_reads_sizes_with_defaults(void)
{
	sk_msg_recv_request req;
	sk_msg_error err = {false, false, NULL};
	REQUIRE(recv_request("{controllen: 1}", &req, &err) == 0);
	CHECK_EQ(req.buffer_size, SK_MSG_DEFAULT_BUFFER_SIZE);
	CHECK_EQ(req.controllen, 1);
	CHECK(!req.want_name);
	REQUIRE(recv_request("{name: [], buffer_size: 0, controllen: 4294967295}", &req, &err) == 0);
	CHECK_EQ(req.buffer_size, 0);
	CHECK_EQ(req.controllen, 4294967295u);
	CHECK(req.want_name);

	CHECK_EQ(recv_request("{buffer_size: 10}", &req, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr): The key 'controllen' is required");
	CHECK_EQ(recv_request("{buffer_size: -1, controllen: 1}", &req, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1");
	CHECK_EQ(recv_request("{buffer_size: 104857601, controllen: 1}", &req, &err), -1);
	CHECK_EQ(recv_request("{buffer_size: 104857600, controllen: 1}", &req, &err), 0);
	CHECK_EQ(recv_request("{controllen: 0}", &req, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > controllen): controllen cannot be 0");
	CHECK_EQ(recv_request("{controllen: 4294967296}", &req, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > controllen): given PHP integer is out of bounds for an unsigned 32-bit integer");
	CHECK_EQ(recv_request("{controllen: \"x\", buffer_size: \"y\", name: 1}", &req, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > name): expected an array here");
	sk_msg_error_release(&err);
}

/* A name is an address of the socket's family: for another family than AF_INET, AF_INET6 and
 * AF_UNIX (an AF_PACKET socket of PHP 8.5) the request is refused there, before controllen. */
static void recv_request_refuses_a_name_for_other_families(void)
{
	sk_msg_recv_request req;
	sk_msg_error err = {false, false, NULL};
	mt_node *root = mt_parse("{name: [], controllen: 0}", strlen("{name: [], controllen: 0}"));
	REQUIRE(root != NULL);
	CHECK_EQ(sk_msg_recv_request_from_value(&req, &mt_reader, (const sk_msg_value *) root, AF_PACKET, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > name): the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
	sk_msg_error_release(&err);
	CHECK_EQ(sk_msg_recv_request_from_value(&req, &mt_reader, (const sk_msg_value *) root, AF_UNIX, &err), -1);
	CHECK_STR_EQ(err.message, "error converting user data (path: msghdr > controllen): controllen cannot be 0");
	sk_msg_error_release(&err);
	mt_free_all();
}

static void huge_controllen_allocates_a_bounded_buffer(void)
{
	sk_msg_recv_request req = {false, 16, 4294967295u};
	sk_msg_recv msg;
	char buf[16];
	REQUIRE(sk_msg_recv_prepare(&msg, &req, buf) == 0);
	CHECK_EQ(msg.hdr.msg_controllen, SK_MSG_MAX_CONTROL_ALLOC);
	sk_msg_recv_release(&msg);
}

/* Sends data with the given control messages over a unix datagram pair and receives them with controllen. */
static int pass(const char *control_text, size_t controllen, sk_msg_recv *msg, char *buf, int *pair)
{
	sk_msg_send out;
	char text[512];
	snprintf(text, sizeof(text), "{iov: [\"x\"], control: %s}", control_text);
	const char *error = send_error(text, AF_UNIX, &out);
	ssize_t sent = error == NULL ? sendmsg(pair[0], &out.hdr, 0) : -1;
	sk_msg_send_release(&out);
	mt_free_all();
	if (sent != 1) {
		th_fail(__FILE__, __LINE__, "sending %s: %s", text, error ? error : strerror(errno));
		return -1;
	}
	sk_msg_recv_request req = {false, 8, controllen};
	if (sk_msg_recv_prepare(msg, &req, buf) != 0) {
		return -1;
	}
	return (int) recvmsg(pair[1], &msg->hdr, 0);
}

static void received_rights_and_credentials_decode(void)
{
	int pair[2], one = 1;
	char buf[8];
	sk_msg_recv msg;
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	sk_msg_error err;
	char text[256];

	REQUIRE(socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) == 0);
	REQUIRE(setsockopt(pair[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)) == 0);
	snprintf(text, sizeof(text), "[{level: 1, type: 1, data: [#%d, #%d]}, {level: 1, type: 2, data: {pid: %d, uid: %d, gid: %d}}]",
		pair[0], pair[1], (int) getpid(), (int) getuid(), (int) getgid());
	REQUIRE(pass(text, 256, &msg, buf, pair) == 1);

	/* The kernel puts the credentials first. */
	int seen_rights = 0, seen_credentials = 0, status;
	sk_cmsg_cursor_init(&cursor, &msg.hdr);
	while ((status = sk_cmsg_next(&cursor, &item, &err)) == 1) {
		if (item.kind == SK_CMSG_RIGHTS) {
			seen_rights++;
			REQUIRE(item.fd_count == 2);
			struct stat a, b;
			REQUIRE(fstat(sk_cmsg_fd(&item, 0), &a) == 0 && fstat(pair[0], &b) == 0);
			CHECK_EQ(a.st_ino, b.st_ino);
			REQUIRE(fstat(sk_cmsg_fd(&item, 1), &a) == 0 && fstat(pair[1], &b) == 0);
			CHECK_EQ(a.st_ino, b.st_ino);
			close(sk_cmsg_fd(&item, 0));
			close(sk_cmsg_fd(&item, 1));
		} else {
			CHECK_EQ(item.kind, SK_CMSG_CREDENTIALS);
			seen_credentials++;
			CHECK_EQ(item.cred.pid, getpid());
			CHECK_EQ(item.cred.uid, getuid());
			CHECK_EQ(item.cred.gid, getgid());
		}
	}
	CHECK_EQ(status, 0);
	CHECK_EQ(seen_rights, 1);
	CHECK_EQ(seen_credentials, 1);
	sk_msg_recv_release(&msg);
}

static void truncated_credentials_are_reported_as_too_small(void)
{
	int pair[2], one = 1;
	char buf[8];
	sk_msg_recv msg;
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	sk_msg_error err;

	REQUIRE(socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) == 0);
	REQUIRE(setsockopt(pair[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one)) == 0);
	REQUIRE(pass("[]", 20, &msg, buf, pair) == 1);
	CHECK(msg.hdr.msg_flags & MSG_CTRUNC);
	sk_cmsg_cursor_init(&cursor, &msg.hdr);
	REQUIRE(sk_cmsg_next(&cursor, &item, &err) == -1);
	CHECK_STR_EQ(err.message, "error converting native data (path: msghdr > control > element #1 > data): "
		"the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 20");
	sk_msg_error_release(&err);
	sk_msg_recv_release(&msg);
}

static void unsupported_received_types_close_the_descriptors_after_them(void)
{
	int pair[2], one = 1;
	char buf[8];
	sk_msg_recv msg;
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	sk_msg_error err;
	char text[128];

	REQUIRE(socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) == 0);
	int before = open_fd_count();
	/* Credentials come first in the kernel's order, then rights: make the credentials "unsupported" by
	 * asking for them through SO_TIMESTAMP instead, which we do not convert. */
	REQUIRE(setsockopt(pair[1], SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one)) == 0);
	snprintf(text, sizeof(text), "[{level: 1, type: 1, data: [#%d, #%d, #%d]}]", pair[0], pair[0], pair[1]);
	REQUIRE(pass(text, 256, &msg, buf, pair) == 1);
	CHECK_EQ(open_fd_count(), before + 3);
	sk_cmsg_cursor_init(&cursor, &msg.hdr);
	int status = sk_cmsg_next(&cursor, &item, &err);
	if (status == 1) {
		/* Rights first: hand them back, then the timestamp fails. */
		for (size_t i = 0; i < item.fd_count; i++) close(sk_cmsg_fd(&item, i));
		status = sk_cmsg_next(&cursor, &item, &err);
	}
	CHECK_EQ(status, -1);
	CHECK(strstr(err.message, "cmsghdr with level 1 and type 29 not supported") != NULL);
	sk_msg_error_release(&err);
	sk_cmsg_close_remaining(&cursor);
	CHECK_EQ(open_fd_count(), before);
	sk_msg_recv_release(&msg);
}

/* Found by tests/fuzz/fuzz_msg (corpus/msg/regress_cmsg_len_past_buffer): a cmsg_len larger than the buffer made
 * the decoder count descriptors past its end. */
static void control_length_past_the_buffer_is_clamped_to_it(void)
{
	union {
		struct cmsghdr align;
		unsigned char bytes[CMSG_SPACE(sizeof(int))];
	} buf;
	struct msghdr hdr;
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	sk_msg_error err;
	struct cmsghdr *cmsg = &buf.align;
	int fd = 5;

	memset(&buf, 0, sizeof(buf));
	memset(&hdr, 0, sizeof(hdr));
	cmsg->cmsg_len = CMSG_LEN(sizeof(int)) + 1000;
	cmsg->cmsg_level = SOL_SOCKET;
	cmsg->cmsg_type = SCM_RIGHTS;
	memcpy(CMSG_DATA(cmsg), &fd, sizeof(fd));
	hdr.msg_control = buf.bytes;
	hdr.msg_controllen = sizeof(buf.bytes);
	sk_cmsg_cursor_init(&cursor, &hdr);
	REQUIRE(sk_cmsg_next(&cursor, &item, &err) == 1);
	CHECK_EQ(item.fd_count, (sizeof(buf.bytes) - CMSG_LEN(0)) / sizeof(int));
	CHECK_EQ(sk_cmsg_fd(&item, 0), 5);
}

static void ipv6_addresses_that_are_not_strings_read_as_empty(void)
{
	SEND_ERROR_IS("{name: {addr: [], port: 1}}", AF_INET6,
		"error converting user data (path: msghdr > name > addr): could not resolve address '' to get an AF_INET6 address");
	SEND_ERROR_IS("{name: {addr: n, port: 1}}", AF_INET6,
		"error converting user data (path: msghdr > name > addr): could not resolve address '' to get an AF_INET6 address");
	SEND_ERROR_IS("{name: {addr: \"zz\", port: 1}}", AF_INET6,
		"error converting user data (path: msghdr > name > addr): could not resolve address 'zz' to get an AF_INET6 address");
}

static void cmsg_space_follows_each_type(void)
{
	CHECK_EQ(sk_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 0), 16);
	CHECK_EQ(sk_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2), 24);
	CHECK_EQ(sk_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2147483647), 8589934608LL);
	CHECK_EQ(sk_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS, 5), 32);
	CHECK_EQ(sk_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO, 5), 40);
	CHECK_EQ(sk_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT, 0), 24);
	CHECK_EQ(sk_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS, 0), 24);
	CHECK_EQ(sk_cmsg_space(1, 99, 0), -1);
}

static th_test tests[] = {
	TH_TEST(iov_elements_become_iovecs_without_copies),
	TH_TEST(empty_message_and_empty_iov_convert),
	TH_TEST(top_level_keys_are_checked_in_the_bundled_order),
	TH_TEST(inet_names_convert_with_ranges),
	TH_TEST(name_family_must_suit_the_socket),
	TH_TEST(unix_names_keep_abstract_bytes),
	TH_TEST(control_elements_are_checked_level_type_then_data),
	TH_TEST(rights_count_from_one_in_error_paths),
	TH_TEST(rights_carry_every_descriptor_in_order),
	TH_TEST(rights_descriptor_closed_by_a_later_conversion_is_still_sent),
	TH_TEST(control_elements_are_converted_one_at_a_time),
	TH_TEST(conversion_errors_quote_long_values_whole),
	TH_TEST(credentials_need_pid_uid_gid_in_range),
	TH_TEST(ipv6_control_messages_convert),
	TH_TEST(pktinfo_alone_reports_from_in6_pktinfo),
	TH_TEST(php84_texts_name_converted_ipv6_address_and_reword_empty_path),
	TH_TEST(recv_request_reads_sizes_with_defaults),
	TH_TEST(recv_request_refuses_a_name_for_other_families),
	TH_TEST(huge_controllen_allocates_a_bounded_buffer),
	TH_TEST(received_rights_and_credentials_decode),
	TH_TEST(truncated_credentials_are_reported_as_too_small),
	TH_TEST(unsupported_received_types_close_the_descriptors_after_them),
	TH_TEST(control_length_past_the_buffer_is_clamped_to_it),
	TH_TEST(ipv6_addresses_that_are_not_strings_read_as_empty),
	TH_TEST(cmsg_space_follows_each_type),
};

TH_MAIN(tests)
