package org.sayso.bench;

import java.util.Random;

import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * A long article made of wire-news sentences, densely annotated: the worst case of an annotator's set, built the
 * same way in every run (fixed seed).
 */
final class SyntheticArticle {

	private static final String[] SENTENCES = {
			"Union leader Maria Lopez said on Thursday the talks would resume within two weeks. ",
			"\u201cWe are not asking for the moon,\u201d she told reporters in Rotterdam. ",
			"The ministry's spokesman warned that the strike could last until March 2025. ",
			"According to the port authority, shipments fell by a fifth last month. ",
			"Jan de Vries, who chairs the employers' group, denied that wages were the issue. ",
	};

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	static String text(int chars) {
		return text(chars, 7);
	}

	/** Another article of the same kind for each seed, so that a corpus is not one text repeated. */
	static String text(int chars, long seed) {
		var text = new StringBuilder(chars + 200);
		var random = new Random(seed);
		while (text.length() < chars) {
			text.append(SENTENCES[random.nextInt(SENTENCES.length)]);
			if (random.nextInt(8) == 0) {
				text.append("\n\n");
			}
		}
		return text.toString();
	}

	/**
	 * {@code count} annotations over the text: speakers, cues, claims linked to both, and dates, in that rotation,
	 * each a few words long.
	 */
	static AnnotationSet annotate(Document document, int count) {
		var text = document.getText();
		var set = F.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator("ana");
		var entity = F.createSpeakerEntity();
		entity.setId("maria-lopez");
		entity.setName("Maria Lopez");
		set.getEntities().add(entity);
		int step = Math.max(1, text.length() / (count / 4 + 1));
		int position = 0;
		int made = 0;
		while (made < count) {
			int begin = position % Math.max(1, text.length() - 40);
			var speaker = F.createSpeakerMention();
			span(speaker, begin, 11);
			speaker.setKind(SpeakerKind.PERSON);
			speaker.setEntity(entity);
			var cue = F.createCue();
			span(cue, begin + 12, 4);
			var claim = F.createClaim();
			span(claim, begin + 17, 20);
			claim.setKind(ClaimKind.INDIRECT);
			claim.getSources().add(speaker);
			claim.getCues().add(cue);
			var date = F.createDateMention();
			span(date, begin + 30, 8);
			date.setValue("2024-03-07");
			date.setType(DateType.DATE);
			date.setDctDependent(true);
			set.getAnnotations().add(speaker);
			set.getAnnotations().add(cue);
			set.getAnnotations().add(claim);
			set.getAnnotations().add(date);
			made += 4;
			position += step;
		}
		return set;
	}

	private static void span(org.sayso.model.Annotation annotation, int begin, int length) {
		annotation.setBegin(begin);
		annotation.setEnd(begin + length);
		annotation.setAuthor("ana");
	}

	private SyntheticArticle() {
	}
}
