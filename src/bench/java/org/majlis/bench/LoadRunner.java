package org.majlis.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Asks a probe a number of times from a number of client threads at once (a closed loop: each client asks again
 * as soon as it has its answer) and measures every request.
 */
final class LoadRunner {

	private LoadRunner() {
	}

	static Latencies run(Probe probe, int concurrency, int requests) throws InterruptedException {
		long[] nanos = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger answered = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(concurrency);
		long started = System.nanoTime();
		for (int c = 0; c < concurrency; c++) {
			Thread.ofPlatform().name("bench-client-" + c).daemon().start(() -> {
				try {
					while (next.getAndIncrement() < requests) {
						long begin = System.nanoTime();
						try {
							probe.ask();
							long elapsed = System.nanoTime() - begin;
							nanos[answered.getAndIncrement()] = elapsed;
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, String.valueOf(ex.getMessage()));
						}
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		double seconds = (System.nanoTime() - started) / 1e9;
		return Latencies.of(nanos, answered.get(), errors.get(), seconds, firstError.get());
	}
}
