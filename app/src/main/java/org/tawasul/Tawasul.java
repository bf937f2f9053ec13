package org.tawasul;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tawasul (تواصل): the public-communication platform of a national police service. One deployable, a modular
 * monolith: each top-level package below this one is an application module (see {@code docs/modules/}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Tawasul {

	public static void main(String[] args) {
		SpringApplication.run(Tawasul.class, args);
	}
}
