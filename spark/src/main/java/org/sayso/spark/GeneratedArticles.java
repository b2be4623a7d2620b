package org.sayso.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A corpus of wire-style articles written for these tests, from templates with the phenomena the suggestions look
 * for: speakers with titles, direct quotes, reported speech, and dates relative to the article's date. Seeded, so the
 * same corpus every run; with a metadata table naming each article's date and title.
 */
final class GeneratedArticles {

	private static final String[] NAMES = { "Maria Lopez", "Henk de Vries", "Amira Haddad", "Jonas Berg", "Priya Raman",
			"Tomas Novak", "Claire Dubois", "Kemal Aydin" };
	private static final String[] TITLES = { "Transport Minister", "harbour master", "union leader", "Mayor",
			"council spokeswoman", "ferry operator chief" };
	private static final String[] TOPICS = { "the ferry timetable", "the new bridge", "the fare increase",
			"the night service", "the harbour works", "the island school route" };
	private static final String[] PLACES = { "BERGEN", "TROMSO", "STAVANGER", "ALESUND", "BODO" };
	private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

	private GeneratedArticles() {
	}

	/** Writes {@code count} articles as {@code story-NNNNN.txt} and {@code metadata.tsv} into {@code folder}. */
	static void write(Path folder, int count, long seed) throws IOException {
		Files.createDirectories(folder);
		var random = new Random(seed);
		var metadata = new StringBuilder("file\tdct\ttitle\n");
		for (int i = 0; i < count; i++) {
			var dct = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(300));
			var who = NAMES[random.nextInt(NAMES.length)];
			var other = NAMES[random.nextInt(NAMES.length)];
			var role = TITLES[random.nextInt(TITLES.length)];
			var topic = TOPICS[random.nextInt(TOPICS.length)];
			var day = DAYS[random.nextInt(DAYS.length)];
			var title = "Islanders Wait For News On " + capitalized(topic) + " " + i;
			var text = new StringBuilder();
			text.append(title).append("\n\n");
			text.append(PLACES[random.nextInt(PLACES.length)]).append(" (Sayso Wire) - ").append(role).append(' ')
					.append(who).append(" said on ").append(day).append(" that ").append(topic)
					.append(" would be decided by the end of the month.\n\n");
			text.append("\"We have listened to every island, and we will not leave anyone behind,\" ")
					.append(who.split(" ")[0]).append(" told reporters.\n\n");
			if (random.nextBoolean()) {
				text.append(other).append(", who speaks for the commuters, warned that a delay until next year would cost")
						.append(" families dearly. \"Nobody told us the service would stop,\" she said.\n\n");
			}
			text.append("The council will meet again in ").append(1 + random.nextInt(11)).append(" weeks, according to")
					.append(" a statement released last ").append(DAYS[random.nextInt(DAYS.length)]).append(".\n");
			var name = String.format("story-%05d.txt", i);
			Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
			metadata.append(name).append('\t').append(dct).append('\t').append(title).append('\n');
		}
		Files.writeString(folder.resolve("metadata.tsv"), metadata, StandardCharsets.UTF_8);
	}

	private static String capitalized(String topic) {
		var words = topic.substring(4).split(" ");
		var out = new StringBuilder();
		for (var w : words) {
			out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
		}
		return out.toString();
	}
}
