package org.majlis.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs a command of the command line: parses its arguments with picocli (so that {@code --help} and usage
 * errors answer without starting anything), then starts the application without a web server, with the
 * user's Spring arguments, runs the command against the context and closes it. The commands are those of
 * {@code majlis} unless another picocli root command is given (the benchmark's).
 */
public final class CommandLauncher {

	private final Class<?> application;
	private final Supplier<Object> commands;
	private final PrintWriter out;
	private final PrintWriter err;
	private final boolean terminal;

	/**
	 * @param application the Spring Boot application class to start
	 * @param terminal whether stderr is a terminal (a progress bar) or not (periodic progress lines)
	 */
	public CommandLauncher(Class<?> application, PrintWriter out, PrintWriter err, boolean terminal) {
		this(application, MajlisCommand::new, out, err, terminal);
	}

	/**
	 * @param commands makes the picocli root command (its {@code @Command} names the subcommands); a root that is a
	 *        command itself runs when no subcommand is named
	 */
	public CommandLauncher(Class<?> application, Supplier<Object> commands, PrintWriter out, PrintWriter err, boolean terminal) {
		this.application = application;
		this.commands = commands;
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	/** A launcher writing to the process's standard output and error. */
	public static CommandLauncher standard(Class<?> application) {
		return standard(application, MajlisCommand::new);
	}

	/** A launcher of other commands writing to the process's standard output and error. */
	public static CommandLauncher standard(Class<?> application, Supplier<Object> commands) {
		return new CommandLauncher(application, commands, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
				stderrIsTerminal());
	}

	/**
	 * Whether the arguments name a command (the first argument not starting with - is a command's name). Without
	 * such an argument (the service's start) it answers without building the command line's model, a few hundred
	 * milliseconds of start-up.
	 */
	public static boolean isCommand(String... args) {
		boolean named = Arrays.stream(args).anyMatch(arg -> !arg.startsWith("-"));
		return named && SpringArguments.subcommand(new CommandLine(new MajlisCommand()), args) != null;
	}

	/** Runs the command the arguments name and answers its exit code: 0 done, 1 failures, 2 usage error. */
	public int execute(String... args) {
		CommandLine root = new CommandLine(commands.get());
		CommandLine sub = SpringArguments.subcommand(root, args);
		SpringArguments arguments = SpringArguments.split((sub != null ? sub : root).getCommandSpec(), args);
		root.setOut(out);
		root.setErr(err);
		root.setExecutionStrategy(parseResult -> run(parseResult, arguments));
		root.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			err.println("ERROR " + describe(ex));
			err.flush();
			return 1;
		});
		int code = root.execute(arguments.command().toArray(String[]::new));
		out.flush();
		err.flush();
		return code;
	}

	private int run(ParseResult parseResult, SpringArguments arguments) {
		Integer help = CommandLine.executeHelpRequest(parseResult);
		if (help != null) {
			return help;
		}
		ParseResult last = parseResult;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		if (!(last.commandSpec().userObject() instanceof SpringCommand command)) {
			return new CommandLine.RunLast().execute(parseResult);
		}
		command.validate();
		if (command instanceof TerminalAware aware) {
			aware.terminal(terminal);
		}
		try {
			try {
				SpringApplication spring = new SpringApplication(application);
				spring.setWebApplicationType(WebApplicationType.NONE);
				try (ConfigurableApplicationContext context = spring.run(arguments.withDefaults(command.springDefaults(arguments::given)))) {
					return command.run(context);
				}
			}
			finally {
				command.afterClose();
			}
		}
		catch (Exception ex) {
			throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), describe(ex), ex);
		}
	}

	/** The exception's message and those of its causes, the innermost last. */
	public static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append(": ").append(cause.getMessage());
			}
		}
		return text.toString();
	}

	/** Whether stderr is a terminal; {@code Console.isTerminal} exists from Java 22 on, this jar targets 21. */
	private static boolean stderrIsTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}
}
