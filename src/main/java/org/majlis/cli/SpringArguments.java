package org.majlis.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Splits a command line into Spring's {@code --key=value} arguments and the command's own arguments: a
 * {@code --name=value} argument belongs to the command when the command has an option of that name, and to
 * Spring otherwise.
 */
record SpringArguments(List<String> spring, List<String> command) {

	/** Properties every command sets unless given: no demo graph, no fixed Bolt port, a quiet start. */
	static final Map<String, String> COMMAND_DEFAULTS = defaults();

	static SpringArguments split(CommandSpec commandSpec, String[] args) {
		List<String> spring = new ArrayList<>();
		List<String> command = new ArrayList<>();
		boolean endOfOptions = false;
		for (String arg : args) {
			endOfOptions |= arg.equals("--");
			if (!endOfOptions && isSpringArgument(commandSpec, arg)) {
				spring.add(arg);
			}
			else {
				command.add(arg);
			}
		}
		return new SpringArguments(List.copyOf(spring), List.copyOf(command));
	}

	private static boolean isSpringArgument(CommandSpec commandSpec, String arg) {
		int equals = arg.indexOf('=');
		if (!arg.startsWith("--") || equals < 3) {
			return false;
		}
		String name = arg.substring(0, equals);
		return commandSpec == null || commandSpec.findOption(name) == null;
	}

	/** The subcommand of {@code root} that the arguments name (the first argument not starting with -), or null. */
	static CommandLine subcommand(CommandLine root, String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return root.getSubcommands().get(arg);
			}
		}
		return null;
	}

	/** Whether the user gave the property: as an argument, a system property or an environment variable. */
	boolean given(String property) {
		boolean argument = spring.stream().anyMatch(arg -> arg.startsWith("--" + property + "="));
		String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
		return argument || System.getProperty(property) != null || System.getenv(variable) != null;
	}

	/** Spring's arguments, preceded by the defaults that were not given. */
	String[] withDefaults(Map<String, String> commandDefaults) {
		Map<String, String> all = new LinkedHashMap<>(COMMAND_DEFAULTS);
		all.putAll(commandDefaults);
		List<String> out = new ArrayList<>();
		all.forEach((property, value) -> {
			if (!given(property)) {
				out.add("--" + property + "=" + value);
			}
		});
		out.addAll(spring);
		return out.toArray(String[]::new);
	}

	private static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("majlis.demo.enabled", "false");
		defaults.put("majlis.neo4j.embedded.bolt-port", "0");
		defaults.put("spring.main.banner-mode", "off");
		defaults.put("spring.main.log-startup-info", "false");
		defaults.put("logging.level.root", "WARN");
		defaults.put("logging.level.org.apache.lucene.internal.vectorization", "ERROR");
		return Collections.unmodifiableMap(defaults);
	}
}
