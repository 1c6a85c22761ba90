package org.majlis.cli;

import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.ConfigurableApplicationContext;

/** A command that runs inside a started application context, after the store has been initialised. */
public interface SpringCommand {

	/** Checks the options before anything starts; throws picocli's {@code ParameterException} (exit code 2). */
	default void validate() {
	}

	/**
	 * Spring properties this command sets unless the user gave them (as arguments, system properties or
	 * environment variables); {@code given} tells whether a property was given.
	 */
	default Map<String, String> springDefaults(Predicate<String> given) {
		return Map.of();
	}

	/** Runs the command and answers its exit code. */
	int run(ConfigurableApplicationContext context) throws Exception;

	/** Called once the context is closed, whether {@link #run} succeeded or not. */
	default void afterClose() throws Exception {
	}
}
