package org.sayso.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;

/**
 * A long synthetic wire article for the editor benchmark: paragraphs with a quote, reported speech and an
 * "according to" attribution, each with speaker, cue, claim and a date (one nested in its claim), twelve annotations
 * per paragraph. Names and figures vary so no two paragraphs are the same.
 */
final class BenchArticle {

	private static final String[] NAMES = { "Maria Lopez", "Henk Vermeulen", "Amara Okafor", "Jonas Berg",
			"Lucia Ferreira", "Tomasz Nowak", "Ines Duarte", "Pavel Horak" };
	private static final String[] ORGS = { "the port authority", "the transport ministry", "the union",
			"the city council", "the central bank", "the harbour police" };
	private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
	private static final String[] MONTHS = { "March", "April", "May", "June", "July", "September" };

	record Span(String type, int begin, int end) {
	}

	final String text;
	final List<Span> spans = new ArrayList<>();
	/** Offsets of a word in each paragraph that no annotation covers, for tagging in the benchmark. */
	final List<Integer> freeWords = new ArrayList<>();

	BenchArticle(int targetChars) {
		var b = new StringBuilder("Shipping Talks Drag On as Ports Count the Cost\n\nROTTERDAM (Sayso Wire) March 7, 2024 - ");
		for (int p = 0; b.length() < targetChars; p++) {
			var name = NAMES[p % NAMES.length];
			var other = NAMES[(p + 3) % NAMES.length];
			var org = ORGS[p % ORGS.length];
			var day = DAYS[p % DAYS.length];
			var month = MONTHS[p % MONTHS.length];
			int c = b.length();
			b.append('"');
			b.append("We will not accept a roster that keeps crews away from home for ").append(5 + p % 9)
					.append(" nights in a row");
			b.append(",\"");
			spans.add(new Span("claim", c, b.length()));
			b.append(' ');
			add(b, "speaker", name);
			b.append(' ');
			add(b, "cue", "said");
			b.append(" on ");
			add(b, "date", day);
			b.append(". ");
			add(b, "speaker", other);
			b.append(' ');
			add(b, "cue", "told reporters");
			b.append(" that ");
			int reported = b.length();
			b.append("the terminals would reopen by ");
			add(b, "date", month + " " + (1 + p % 28));
			b.append(" if talks held");
			spans.add(new Span("claim", reported, b.length()));
			b.append(". ");
			add(b, "cue", "According to");
			b.append(' ');
			add(b, "speaker", org);
			b.append(", ");
			int third = b.length();
			b.append("traffic has fallen by ").append(3 + p % 17).append(" percent since ");
			add(b, "date", String.valueOf(2015 + p % 9));
			spans.add(new Span("claim", third, b.length()));
			b.append(". The figures for cargo volume number ").append(p).append(" could not be checked ");
			freeWords.add(b.indexOf("figures", third));
			b.append("independently, and neither side would say when the next round of talks is planned.\n\n");
		}
		text = b.toString();
	}

	private void add(StringBuilder b, String type, String words) {
		int begin = b.length();
		b.append(words);
		spans.add(new Span(type, begin, b.length()));
	}

	/** Fills {@code set} with the annotations: each claim gets the speaker and cue of its own sentence. */
	void annotate(AnnotationSet set) {
		Claim pendingClaim = null;
		SpeakerMention pendingSpeaker = null;
		for (var s : spans) {
			switch (s.type()) {
			case "speaker" -> {
				pendingSpeaker = AnnotationEdits.tagSpeaker(set, s.begin(), s.end(), "bench");
				if (pendingClaim != null) {
					AnnotationEdits.link(pendingClaim, pendingSpeaker);
					pendingClaim = null;
				}
			}
			case "claim" -> {
				pendingClaim = AnnotationEdits.tagClaim(set, s.begin(), s.end(), "bench");
				if (pendingSpeaker != null && pendingSpeaker.getEnd() <= s.begin()
						&& s.begin() - pendingSpeaker.getEnd() < 40) {
					AnnotationEdits.link(pendingClaim, pendingSpeaker);
					pendingClaim = null;
				}
			}
			case "cue" -> AnnotationEdits.tagCue(set, s.begin(), s.end(), "bench");
			default -> {
				var date = org.sayso.model.SaysoFactory.eINSTANCE.createDateMention();
				date.setBegin(s.begin());
				date.setEnd(s.end());
				date.setValue("2024-03-0" + (1 + s.begin() % 9));
				date.setOrigin(org.sayso.model.Origin.MANUAL);
				set.getAnnotations().add(date);
			}
			}
		}
	}
}
