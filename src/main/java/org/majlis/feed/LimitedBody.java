package org.majlis.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body collected up to a limit: past it the download stops and the body fails with {@link TooLarge}. */
final class LimitedBody implements BodySubscriber<byte[]> {

	/** The body went past the limit. */
	static final class TooLarge extends RuntimeException {

		TooLarge(long limit) {
			super("the answer is larger than the limit of %,d bytes (majlis.feeds.max-page-size)".formatted(limit));
		}
	}

	private final long limit;
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final CompletableFuture<byte[]> result = new CompletableFuture<>();
	private Flow.Subscription subscription;

	LimitedBody(long limit) {
		this.limit = limit;
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return result;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		subscription.request(Long.MAX_VALUE);
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		for (ByteBuffer buffer : buffers) {
			if (result.isDone()) {
				return;
			}
			if (bytes.size() + (long) buffer.remaining() > limit) {
				subscription.cancel();
				result.completeExceptionally(new TooLarge(limit));
				return;
			}
			byte[] chunk = new byte[buffer.remaining()];
			buffer.get(chunk);
			bytes.writeBytes(chunk);
		}
	}

	@Override
	public void onError(Throwable error) {
		result.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		result.complete(bytes.toByteArray());
	}
}
