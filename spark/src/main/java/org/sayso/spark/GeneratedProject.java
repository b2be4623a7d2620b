package org.sayso.spark;

import java.nio.file.Path;
import java.util.Random;

import org.sayso.core.store.ProjectStore;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * A project written for these tests: articles where a few spokespeople are quoted in many of them (claims that
 * cluster across articles), three annotators who disagree now and then (a missed annotation, a claim's end a word
 * short, another date value), and a curated set for most articles. Seeded: the same project every run.
 */
final class GeneratedProject {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;
	private static final String[] NAMES = { "Maria Lopez", "Henk de Vries", "Amira Haddad", "Jonas Berg", "Priya Raman",
			"Tomas Novak" };
	private static final String[] QUOTES = { "We will not leave any island behind", "The timetable is final",
			"Nobody told us the service would stop", "Fares must come down before the summer",
			"The bridge will be open in May", "We asked for cameras two years ago", "The pier is the island's lifeline",
			"Every crossing ran late this winter" };
	private static final String[] TOPICS = { "the ferry timetable", "the new bridge", "the fare increase",
			"the night service" };

	private GeneratedProject() {
	}

	static void write(Path root, int count, long seed) throws Exception {
		var store = ProjectStore.create(root, "generated");
		var random = new Random(seed);
		for (int d = 0; d < count; d++) {
			int who = random.nextInt(NAMES.length);
			int quote = random.nextInt(QUOTES.length);
			var article = new Article(d, NAMES[who], QUOTES[quote], TOPICS[random.nextInt(TOPICS.length)],
					3 + random.nextInt(20));
			var document = store.addDocument(String.format("story-%05d", d), article.text.toString());
			document.setTitle(article.title);
			document.setDct(String.format("2025-%02d-%02d", 1 + d % 12, 1 + d % 28));
			write(store, document, "ana", article, -1);
			write(store, document, "ben", article, random.nextInt(8));
			if (random.nextInt(10) < 6) {
				write(store, document, "cem", article, random.nextInt(8));
			}
			if (random.nextInt(10) < 8) {
				var curated = store.openCuratedSet(document, "curator");
				article.annotate(curated.set(), -1);
				store.save(curated, false);
			}
			document.setText(null);
		}
		store.saveProject(false);
	}

	private static void write(ProjectStore store, Document document, String annotator, Article article, int change)
			throws Exception {
		var opened = store.openSet(document, annotator);
		article.annotate(opened.set(), change);
		store.save(opened, false);
	}

	/** One article's text, with where each part of it is. */
	private static final class Article {
		final String title;
		final StringBuilder text = new StringBuilder();
		final String name;
		final int[] speaker, cue, claim, speaker2, cue2, quote, date, date2;
		final int day;

		Article(int n, String name, String quote, String topic, int day) {
			this.name = name;
			this.day = day;
			title = "Islanders Wait For News " + n;
			text.append(title).append("\n\nBERGEN (Sayso Wire) - ");
			speaker = span(name);
			text.append(' ');
			cue = span("said");
			text.append(" on ");
			date = span("Monday");
			text.append(" that ");
			claim = span(topic + " would be decided soon");
			text.append(".\n\n\"");
			this.quote = span(quote);
			text.append(",\" ");
			speaker2 = span(name.split(" ")[0]);
			text.append(' ');
			cue2 = span("told");
			text.append(" reporters.\n\nThe council meets on ");
			date2 = span("March " + day);
			text.append(".\n");
		}

		private int[] span(String words) {
			int begin = text.length();
			text.append(words);
			return new int[] { begin, text.length() };
		}

		/** The annotations, with one change of the eight kinds an annotator makes now and then (-1: none). */
		void annotate(AnnotationSet set, int change) {
			var entity = F.createSpeakerEntity();
			entity.setId("e-" + name.toLowerCase().replace(' ', '-'));
			entity.setName(name);
			set.getEntities().add(entity);
			var s1 = mention(set, speaker, entity);
			var s2 = change == 0 ? null : mention(set, speaker2, entity);
			var c1 = add(set, F.createCue(), cue);
			var c2 = change == 1 ? null : add(set, F.createCue(), cue2);
			var indirect = add(set, F.createClaim(), change == 2 ? new int[] { claim[0], claim[1] - 5 } : claim);
			indirect.setKind(change == 3 ? ClaimKind.MIXED : ClaimKind.INDIRECT);
			indirect.getSources().add(s1);
			indirect.getCues().add(c1);
			if (change != 4) {
				var direct = add(set, F.createClaim(), quote);
				direct.setKind(ClaimKind.DIRECT);
				direct.getSources().add(s2 == null ? s1 : s2);
				if (c2 != null) {
					direct.getCues().add(c2);
				}
			}
			var d1 = add(set, F.createDateMention(), date);
			d1.setType(DateType.DATE);
			d1.setValue(change == 5 ? "2025-W10-1" : "2025-03-03");
			if (change != 6) {
				var d2 = add(set, F.createDateMention(), date2);
				d2.setType(DateType.DATE);
				d2.setValue(String.format("2025-03-%02d", change == 7 ? day + 1 : day));
			}
		}

		private static SpeakerMention mention(AnnotationSet set, int[] span, org.sayso.model.SpeakerEntity entity) {
			var mention = add(set, F.createSpeakerMention(), span);
			mention.setKind(SpeakerKind.PERSON);
			mention.setEntity(entity);
			return mention;
		}

		private static <A extends org.sayso.model.Annotation> A add(AnnotationSet set, A annotation, int[] span) {
			annotation.setBegin(span[0]);
			annotation.setEnd(span[1]);
			set.getAnnotations().add(annotation);
			return annotation;
		}
	}
}
