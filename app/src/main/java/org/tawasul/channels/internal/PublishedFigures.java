package org.tawasul.channels.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the service's published yearly follower figures ({@code channels/published-annual-figures.csv}, a copy of
 * {@code shared/data/published-annual-figures.csv}: the annual reviews' numbers with their source document) as
 * points dated 31 December of their year, marked PUBLISHED. Runs at every start; importing twice changes nothing.
 */
@Component
class PublishedFigures implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PublishedFigures.class);

	static final String RESOURCE = "/channels/published-annual-figures.csv";

	private static final Map<String, String> INDICATORS = Map.of("followers_x", "X", "followers_facebook",
			"FACEBOOK", "followers_instagram", "INSTAGRAM", "followers_total", "ALL");

	private final Audience audience;

	PublishedFigures(Audience audience) {
		this.audience = audience;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		log.info("imported {} published follower figures", importFigures());
	}

	@Transactional
	int importFigures() {
		int count = 0;
		try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String header = reader.readLine();
			if (header == null || !header.startsWith("year,indicator,value")) {
				throw new IllegalStateException("unexpected header in " + RESOURCE + ": " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",", -1);
				String network = cells.length > 2 ? INDICATORS.get(cells[1]) : null;
				if (network == null) {
					continue;
				}
				String source = cells[cells.length - 1];
				audience.record(network, LocalDate.of(Integer.parseInt(cells[0]), 12, 31), Audience.Source.PUBLISHED,
						Long.parseLong(cells[2]), "published figure (" + source + ")");
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return count;
	}
}
