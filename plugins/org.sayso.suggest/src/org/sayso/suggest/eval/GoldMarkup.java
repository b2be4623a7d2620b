package org.sayso.suggest.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.AnnotationSet;
import org.sayso.model.ClaimKind;
import org.sayso.model.DateType;
import org.sayso.model.Document;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * The compact inline markup the gold set is written in, turned into an annotation set. One file per article:
 * a first line {@code #dct 2024-03-07}, then the text with annotations in brackets:
 *
 * <pre>
 * [S1:lopez|Maria Lopez]        speaker mention 1 of entity "lopez" (kind after a second colon: :org, :role, :group)
 * [C1|said]                     cue 1
 * {I1.1|the talks would resume} claim attributed to speaker 1 with cue 1 (D direct, I indirect, M mixed; "-" no cue)
 * &lt;2024-03-04|Monday&gt;             date with its ISO value; &lt;|recently&gt; a date with no value
 * </pre>
 *
 * Brackets nest (a claim holds dates and quotes). The article text itself must not use [ ] { } &lt; &gt; |.
 */
public final class GoldMarkup {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	/** A parsed article: its text, DCT and annotations (in a set not yet attached to a document). */
	public record Parsed(String text, @Nullable String dct, AnnotationSet set) {
	}

	private record Open(char kind, int at, int headerStart) {
	}

	private GoldMarkup() {
	}

	/** @throws IllegalArgumentException naming the line and what is wrong */
	public static Parsed parse(String markup, String annotator) {
		String dct = null;
		if (markup.startsWith("#dct ")) {
			int nl = markup.indexOf('\n');
			dct = markup.substring(5, nl).trim();
			markup = markup.substring(nl + 1);
		}
		var text = new StringBuilder();
		var stack = new ArrayDeque<Open>();
		var set = F.createAnnotationSet();
		set.setAnnotator(annotator);
		var speakers = new HashMap<String, SpeakerMention>();
		var cues = new HashMap<String, org.sayso.model.Cue>();
		var claims = new ArrayList<String[]>();
		var claimObjects = new ArrayList<org.sayso.model.Claim>();
		var entities = new HashMap<String, org.sayso.model.SpeakerEntity>();
		for (int i = 0; i < markup.length(); i++) {
			char c = markup.charAt(i);
			if (c == '[' || c == '{' || c == '<') {
				int bar = markup.indexOf('|', i);
				if (bar < 0) {
					throw error(markup, i, "an annotation without '|'");
				}
				stack.push(new Open(c, text.length(), i + 1));
				i = bar;
				continue;
			}
			if (c == ']' || c == '}' || c == '>') {
				if (stack.isEmpty()) {
					throw error(markup, i, "a closing '" + c + "' without opening");
				}
				var open = stack.pop();
				var header = markup.substring(open.headerStart(), markup.indexOf('|', open.headerStart()));
				int begin = open.at();
				int end = text.length();
				switch (open.kind()) {
				case '[' -> {
					if (header.startsWith("S")) {
						var parts = header.substring(1).split(":");
						var mention = F.createSpeakerMention();
						span(mention, begin, end, set);
						mention.setKind(parts.length > 2 ? kind(parts[2]) : SpeakerKind.PERSON);
						var entity = entities.computeIfAbsent(parts[1], id -> {
							var e = F.createSpeakerEntity();
							e.setId(id);
							set.getEntities().add(e);
							return e;
						});
						var name = text.substring(begin, end);
						if (entity.getName() == null || name.length() > entity.getName().length()) {
							entity.setName(name);
						}
						mention.setEntity(entity);
						speakers.put(parts[0], mention);
					} else if (header.startsWith("C")) {
						var cue = F.createCue();
						span(cue, begin, end, set);
						cues.put(header.substring(1), cue);
					} else {
						throw error(markup, i, "'[" + header + "' is neither S nor C");
					}
				}
				case '{' -> {
					var claim = F.createClaim();
					span(claim, begin, end, set);
					claim.setKind(switch (header.charAt(0)) {
					case 'D' -> ClaimKind.DIRECT;
					case 'I' -> ClaimKind.INDIRECT;
					case 'M' -> ClaimKind.MIXED;
					default -> throw error(markup, i, "claim kind '" + header.charAt(0) + "' is not D, I or M");
					});
					claims.add(header.substring(1).split("\\."));
					claimObjects.add(claim);
				}
				default -> {
					var date = F.createDateMention();
					span(date, begin, end, set);
					if (header.isEmpty()) {
						date.setNote("no exact date");
					} else {
						date.setValue(header);
						date.setType(header.startsWith("P") ? DateType.DURATION
								: header.contains("T") && !header.contains("/") ? DateType.TIME : DateType.DATE);
					}
				}
				}
				continue;
			}
			text.append(c);
		}
		if (!stack.isEmpty()) {
			throw error(markup, markup.length() - 1, "an annotation that is never closed");
		}
		for (int k = 0; k < claims.size(); k++) {
			var ids = claims.get(k);
			var speaker = speakers.get(ids[0]);
			if (speaker == null) {
				throw new IllegalArgumentException("claim " + (k + 1) + " names speaker " + ids[0] + ", which is not marked");
			}
			claimObjects.get(k).getSources().add(speaker);
			if (ids.length > 1 && !ids[1].equals("-")) {
				var cue = cues.get(ids[1]);
				if (cue == null) {
					throw new IllegalArgumentException("claim " + (k + 1) + " names cue " + ids[1] + ", which is not marked");
				}
				claimObjects.get(k).getCues().add(cue);
			}
		}
		return new Parsed(text.toString(), dct, set);
	}

	/** Attaches a parsed set to its document. */
	public static AnnotationSet attach(Parsed parsed, Document document) {
		parsed.set().setDocument(document);
		return parsed.set();
	}

	private static SpeakerKind kind(String s) {
		return switch (s) {
		case "org" -> SpeakerKind.ORGANIZATION;
		case "group" -> SpeakerKind.GROUP;
		case "role" -> SpeakerKind.ROLE;
		default -> SpeakerKind.PERSON;
		};
	}

	private static void span(org.sayso.model.Annotation a, int begin, int end, AnnotationSet set) {
		a.setBegin(begin);
		a.setEnd(end);
		a.setOrigin(Origin.MANUAL);
		set.getAnnotations().add(a);
	}

	private static IllegalArgumentException error(String markup, int at, String what) {
		int line = 1;
		for (int i = 0; i < at; i++) {
			if (markup.charAt(i) == '\n') {
				line++;
			}
		}
		return new IllegalArgumentException("line " + line + ": " + what);
	}
}
