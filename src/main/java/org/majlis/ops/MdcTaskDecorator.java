package org.majlis.ops;

import java.util.Map;

import org.slf4j.MDC;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Carries the MDC (the request id) from the thread that submits a task to the thread that runs it: GraphQL data
 * fetchers run on the application task executor, and their log lines belong to the request that caused them.
 */
@Component
class MdcTaskDecorator implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable task) {
		Map<String, String> submitted = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			replaceMdc(submitted);
			try {
				task.run();
			}
			finally {
				replaceMdc(previous);
			}
		};
	}

	private static void replaceMdc(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}
}
