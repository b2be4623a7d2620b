package org.sayso.ui.internal.editor;

import java.util.stream.Collectors;

import org.sayso.core.Counts;
import org.sayso.core.AnnotationKind;
import org.sayso.model.Annotation;
import org.sayso.model.Claim;
import org.sayso.model.DateMention;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;

/** How annotations are named in hovers, views, menus and undo labels. */
public final class Labels {

	private Labels() {
	}

	public static String type(Annotation a) {
		return AnnotationKind.of(a).label();
	}

	/** The covered text on one line, shortened in the middle when long. */
	public static String text(Annotation a, String documentText, int max) {
		if (a.getEnd() > documentText.length() || a.getBegin() < 0 || a.getBegin() > a.getEnd()) {
			return "";
		}
		var t = documentText.substring(a.getBegin(), a.getEnd()).replaceAll("\\s+", " ").strip();
		if (t.length() <= max) {
			return t;
		}
		int half = (max - 1) / 2;
		return t.substring(0, half) + "\u2026" + t.substring(t.length() - half);
	}

	public static String speakerName(SpeakerMention s) {
		return s.getEntity() != null && s.getEntity().getName() != null ? s.getEntity().getName() : "(no entity)";
	}

	public static String speakers(Claim c) {
		return c.getSources().stream().map(Labels::speakerName).distinct().collect(Collectors.joining(" + "));
	}

	/** Type and features, one per line, for hovers. */
	public static String describe(Annotation a, String documentText) {
		var b = new StringBuilder();
		b.append(type(a));
		if (a.getOrigin() == Origin.SUGGESTED || a.getOrigin() == Origin.PROJECTED) {
			b.append(a.getOrigin() == Origin.SUGGESTED ? " (suggested)" : " (carried from a copy)");
		}
		b.append(": \u201c").append(text(a, documentText, 80)).append("\u201d");
		switch (a) {
		case SpeakerMention s -> {
			b.append("\nentity: ").append(speakerName(s));
			if (s.getEntity() != null) {
				b.append(" [").append(s.getEntity().getId()).append(", ")
						.append(Counts.of(s.getEntity().getMentions().size(), "mention")).append("]");
			}
			if (s.getKind() != null) {
				b.append("\nkind: ").append(s.getKind().getLiteral());
			}
		}
		case Claim c -> {
			b.append("\nkind: ").append(c.getKind() == null ? "-" : c.getKind().getLiteral());
			b.append("\nspeaker: ").append(c.getSources().isEmpty() ? "none yet (L links one)" : speakers(c));
			if (!c.getCues().isEmpty()) {
				b.append("\ncue: ").append(c.getCues().stream().map(q -> text(q, documentText, 40))
						.collect(Collectors.joining(", ")));
			}
		}
		case DateMention d -> {
			b.append("\nvalue: ").append(d.getValue() == null ? "none (V sets one)" : d.getValue());
			if (d.getType() != null) {
				b.append("\ntype: ").append(d.getType().getLiteral());
			}
			if (d.isDctDependent()) {
				b.append("\nresolved against the article's date (DCT)");
			}
		}
		default -> {
		}
		}
		if (a.getNote() != null && !a.getNote().isBlank()) {
			b.append("\nnote: ").append(a.getNote());
		}
		if (a.getAuthor() != null) {
			b.append("\nby ").append(a.getAuthor());
		}
		return b.toString();
	}
}
