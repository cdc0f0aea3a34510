package dev.lodestar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LodestarApplication {

	public static void main(String[] args) {
		SpringApplication.run(LodestarApplication.class, args);
	}
}
