package org.majlis;

import org.majlis.cli.CommandLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the web service, or runs a command of the command line when the arguments name one. */
@SpringBootApplication
public class MajlisApplication {

	public static void main(String[] args) {
		if (CommandLauncher.isCommand(args)) {
			System.exit(CommandLauncher.standard(MajlisApplication.class).execute(args));
		}
		SpringApplication.run(MajlisApplication.class, args);
	}
}
