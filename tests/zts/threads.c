/* SPDX-License-Identifier: BSD-3-Clause */
/* Runs one PHP script in several threads of one process at the same time, each thread in its own
 * PHP request, on a thread-safe PHP through its embed SAPI (libphp.so): the way FrankenPHP and
 * threaded web servers run PHP. The CLI runs one thread only, so the phpt suite on a ZTS build
 * never has two threads inside the module at once; this does.
 *
 * Usage: threads SCRIPT THREADS
 * Each thread runs SCRIPT with $thread set to its number (1..THREADS). A thread fails when its
 * request cannot start or its script exits with a non-zero status. Last line:
 * "N passed, M failed", one count per thread. The module under test is loaded the usual way
 * (PHP_INI_SCAN_DIR or PHPRC naming an ini with its extension= line).
 */
#include <sapi/embed/php_embed.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *script_path;

/* All threads start their requests together, so their scripts overlap in time. */
static pthread_barrier_t start_together;

static void *run_request(void *arg)
{
	long number = (long) arg;
	volatile long failed = 1; /* set inside zend_try, read after it */

	/* This thread's copy of every module's globals (the sockets module's last error among them). */
	(void) ts_resource(0);
	pthread_barrier_wait(&start_together);

	SG(options) |= SAPI_OPTION_NO_CHDIR;
	if (php_request_startup() == FAILURE) {
		fprintf(stderr, "thread %ld: the request did not start\n", number);
		ts_free_thread();
		return (void *) failed;
	}
	SG(headers_sent) = 1;
	SG(request_info).no_headers = 1;

	char assign[64];
	snprintf(assign, sizeof(assign), "$thread = %ld;", number);
	zend_file_handle file;
	zend_stream_init_filename(&file, script_path);
	zend_first_try {
		if (zend_eval_string(assign, NULL, "thread number") == SUCCESS && php_execute_script(&file)) {
			failed = EG(exit_status) != 0;
		}
	} zend_end_try();
	zend_destroy_file_handle(&file);

	php_request_shutdown(NULL);
	ts_free_thread();
	return (void *) failed;
}

int main(int argc, char **argv)
{
	if (argc != 3 || atoi(argv[2]) < 1) {
		fprintf(stderr, "usage: %s SCRIPT THREADS\n", argv[0]);
		return 2;
	}
	script_path = argv[1];
	int threads = atoi(argv[2]);

	/* Starts PHP and a request on this thread; the others start their own. */
	if (php_embed_init(1, argv) == FAILURE) {
		fprintf(stderr, "PHP did not start\n");
		printf("0 passed, %d failed\n", threads);
		return 1;
	}

	pthread_t *ids = calloc((size_t) threads, sizeof(*ids));
	pthread_barrier_init(&start_together, NULL, (unsigned) threads);
	int started = 0;
	for (long i = 0; i < threads; i++) {
		if (pthread_create(&ids[i], NULL, run_request, (void *) (i + 1)) != 0) {
			/* The started ones wait at the barrier for it: nothing to join. */
			fprintf(stderr, "thread %ld could not be created\n", i + 1);
			printf("0 passed, %d failed\n", threads);
			fflush(stdout);
			_exit(1);
		}
		started++;
	}
	int passed = 0;
	for (int i = 0; i < started; i++) {
		void *failed;
		pthread_join(ids[i], &failed);
		if (failed == NULL) {
			passed++;
		}
	}
	pthread_barrier_destroy(&start_together);
	free(ids);

	php_embed_shutdown();
	printf("%d passed, %d failed\n", passed, threads - passed);
	return passed == threads ? 0 : 1;
}
