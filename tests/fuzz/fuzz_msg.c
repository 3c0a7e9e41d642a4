/* SPDX-License-Identifier: BSD-3-Clause */
/* libFuzzer harness for socket_sendmsg/socket_recvmsg's conversions (src/core/sk_msg.c).
 *
 * Input, by its first byte:
 *   'C' + bytes: raw control data as the kernel would hand it to recvmsg, walked with sk_cmsg_next
 *                (cmsg lengths, truncation, unknown types);
 *   anything else: a message array in msg_tree.h's text form, converted for sendmsg on AF_INET, AF_INET6
 *                and AF_UNIX sockets and read as a recvmsg request.
 * Nothing is sent: descriptors in the text (#7) are numbers; the conversion duplicates those that are open (0, 1, 2)
 * and closes its duplicates on release, and fails on the others. Interface names
 * are looked up by a stub (no system call), addresses are literals only (msg_tree's resolver). */
#include "../unit/msg_tree.h"

#include <stdint.h>
#include <string.h>

unsigned int fz_if_nametoindex(const char *name)
{
	return strcmp(name, "lo") == 0 ? 1 : 0;
}

static void walk_control(const uint8_t *data, size_t size)
{
	/* Aligned as the kernel's buffer would be. */
	static union {
		struct cmsghdr align;
		unsigned char bytes[4096];
	} buf;
	struct msghdr hdr;
	sk_cmsg_cursor cursor;
	sk_cmsg_item item;
	sk_msg_error err;

	if (size > sizeof(buf.bytes)) {
		size = sizeof(buf.bytes);
	}
	memcpy(buf.bytes, data, size);
	memset(&hdr, 0, sizeof(hdr));
	hdr.msg_control = buf.bytes;
	hdr.msg_controllen = size;
	sk_cmsg_cursor_init(&cursor, &hdr);
	int status;
	while ((status = sk_cmsg_next(&cursor, &item, &err)) == 1) {
		volatile unsigned sink = 0;
		for (size_t i = 0; i < item.fd_count; i++) {
			sink += (unsigned) sk_cmsg_fd(&item, i);
		}
		(void) sink;
	}
	if (status < 0) {
		sk_msg_error_release(&err);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const int families[] = {AF_INET, AF_INET6, AF_UNIX};

	if (size > 0 && data[0] == 'C') {
		walk_control(data + 1, size - 1);
		return 0;
	}
	mt_node *root = mt_parse((const char *) data, size);
	if (root == NULL) {
		mt_free_all();
		return 0;
	}
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++) {
		sk_msg_send msg;
		sk_msg_error err;
		if (sk_msg_send_from_value(&msg, &mt_reader, (const sk_msg_value *) root, families[i], &err) == 0) {
			/* Touch what was built, so ASan sees any overrun of the iovecs or the control buffer. */
			volatile size_t sum = msg.hdr.msg_namelen;
			for (size_t j = 0; j < msg.hdr.msg_iovlen; j++) {
				sum += msg.hdr.msg_iov[j].iov_len;
				if (msg.hdr.msg_iov[j].iov_len > 0) {
					sum += ((const unsigned char *) msg.hdr.msg_iov[j].iov_base)[msg.hdr.msg_iov[j].iov_len - 1];
				}
			}
			for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg.hdr); c != NULL; c = CMSG_NXTHDR(&msg.hdr, c)) {
				sum += c->cmsg_len;
			}
			(void) sum;
		} else {
			if (!err.aborted && strncmp(sk_msg_error_text(&err), "error converting user data (path: msghdr", 40) != 0) {
				__builtin_trap(); /* every error names its path from msghdr */
			}
			sk_msg_error_release(&err);
		}
		sk_msg_send_release(&msg);
	}
	sk_msg_recv_request request;
	sk_msg_error err;
	if (sk_msg_recv_request_from_value(&request, &mt_reader, (const sk_msg_value *) root, AF_INET, &err) == 0) {
		if (request.buffer_size > SK_MSG_MAX_BUFFER_SIZE) {
			__builtin_trap();
		}
	} else {
		sk_msg_error_release(&err);
	}
	mt_free_all();
	return 0;
}
