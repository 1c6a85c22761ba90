package org.majlis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MajlisApplication {

	public static void main(String[] args) {
		SpringApplication.run(MajlisApplication.class, args);
	}
}
