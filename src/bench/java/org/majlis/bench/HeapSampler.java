package org.majlis.bench;

/** Polls the service's heap while a concurrent run goes on and keeps the peak. */
final class HeapSampler {

	private final ServiceProcess service;
	private volatile double peakMb;
	private volatile Thread thread;

	HeapSampler(ServiceProcess service) {
		this.service = service;
	}

	void start() {
		thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				try {
					peakMb = Math.max(peakMb, service.heapUsedMb());
					Thread.sleep(250);
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (Exception ex) {
					// a missed sample; the next one counts
				}
			}
		});
	}

	void stop() throws InterruptedException {
		thread.interrupt();
		thread.join();
	}

	double peakMb() {
		return peakMb;
	}
}
