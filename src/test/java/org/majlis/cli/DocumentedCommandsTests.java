package org.majlis.cli;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.majlis.docs.Docs;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code java -jar target/majlis.jar …} the README and docs/ show names a command of the jar and options that
 * command has (a {@code --key=value} with a dot in the key is a Spring setting, open to every command).
 */
class DocumentedCommandsTests {

	private static final List<String> JARS = List.of("target/majlis.jar", "target/majlis/majlis.jar");

	@Test
	void shouldShowOnlyCommandsAndOptionsTheJarHas() {
		CommandLine root = new CommandLine(new MajlisCommand());
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Docs.Page page : Docs.pages()) {
			for (Docs.Found command : page.commands()) {
				for (String part : command.text().split("&&|;|\\|")) {
					List<String> words = Docs.words(part);
					int jar = words.indexOf("-jar");
					if (jar < 0 || jar + 1 >= words.size() || !JARS.contains(words.get(jar + 1))) {
						continue;
					}
					checked++;
					String problem = problem(root, words.subList(jar + 2, words.size()));
					if (problem != null) {
						wrong.add(page.name() + ":" + command.line() + " " + problem + ": " + part.strip());
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(checked).as("commands found in the docs").isGreaterThan(20);
	}

	private static String problem(CommandLine root, List<String> args) {
		CommandLine command = root;
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				if (command == root) {
					command = root.getSubcommands().get(arg);
					if (command == null) {
						return "names no command of the jar (" + arg + ")";
					}
				}
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean springSetting = name.startsWith("--") && name.contains(".");
			if (!springSetting && command.getCommandSpec().findOption(name) == null) {
				return "names an option " + command.getCommandName() + " does not have (" + name + ")";
			}
		}
		return null;
	}
}
