package org.sayso.core.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.AnnotationKind;
import org.sayso.core.dates.DateExpression;
import org.sayso.core.dates.DateRecognizer;
import org.sayso.core.dates.DctValue;
import org.sayso.model.Annotation;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.ClaimKind;
import org.sayso.model.Cue;
import org.sayso.model.DateMention;
import org.sayso.model.DateType;
import org.sayso.model.Origin;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * The edits an annotator makes on a set, as plain model operations: the editor runs each inside an undoable
 * command, the command line and tests call them directly. Every edit keeps the set consistent: deleting a speaker
 * mention removes the claims' links to it, an entity never outlives its last mention, a cue belongs to a claim.
 */
public final class AnnotationEdits {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;
	private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them",
			"his", "hers", "their");
	private static final Set<String> ROLE_STARTS = Set.of("the", "a", "an", "his", "her", "its", "their", "our");
	private static final Set<String> ORGANIZATION_WORDS = Set.of("ministry", "agency", "office", "council",
			"company", "department", "union", "police", "government", "court", "committee", "commission", "bank",
			"party", "group", "association", "authority", "board", "university", "hospital", "army");
	/** How far around a date the recognizer looks to read the tense that resolves it. */
	private static final int DATE_CONTEXT = 240;

	private AnnotationEdits() {
	}

	/**
	 * Tags a speaker mention. It joins the entity of an earlier mention with the same name or whose name ends with it
	 * ("Lopez" joins "Maria Lopez"); otherwise it gets an entity of its own, which the annotator can merge later.
	 */
	/** Tags [begin, end) as an annotation of {@code kind}: the tag command of each kind. */
	public static Annotation tag(AnnotationKind kind, AnnotationSet set, int begin, int end, String author) {
		return switch (kind) {
		case SPEAKER -> tagSpeaker(set, begin, end, author);
		case CLAIM -> tagClaim(set, begin, end, author);
		case CUE -> tagCue(set, begin, end, author);
		case DATE -> tagDate(set, begin, end, author);
		};
	}

	public static SpeakerMention tagSpeaker(AnnotationSet set, int begin, int end, String author) {
		var mention = F.createSpeakerMention();
		init(mention, begin, end, author);
		var text = covered(set, begin, end);
		mention.setKind(kindOf(text));
		var entity = entityNamed(set, text).orElseGet(() -> newEntity(set, text));
		mention.setEntity(entity);
		set.getAnnotations().add(mention);
		return mention;
	}

	/** Tags a claim; text in quotation marks is direct speech, quotes inside a longer span make it mixed. */
	public static Claim tagClaim(AnnotationSet set, int begin, int end, String author) {
		var claim = F.createClaim();
		init(claim, begin, end, author);
		claim.setKind(kindOfClaim(covered(set, begin, end)));
		set.getAnnotations().add(claim);
		return claim;
	}

	/** Tags a cue and gives it to the nearest claim that has none yet (or the nearest claim), if there is one. */
	public static Cue tagCue(AnnotationSet set, int begin, int end, String author) {
		var cue = F.createCue();
		init(cue, begin, end, author);
		set.getAnnotations().add(cue);
		var claims = claims(set);
		claims.stream().filter(c -> c.getCues().isEmpty())
				.min(Comparator.comparingInt(c -> distance(c, begin, end)))
				.filter(c -> distance(c, begin, end) <= 400)
				.or(() -> claims.stream().min(Comparator.comparingInt(c -> distance(c, begin, end))))
				.ifPresent(c -> c.getCues().add(cue));
		return cue;
	}

	/**
	 * Tags a date. Its value is taken from the date recognizer when it reads the span the same way (with the article's
	 * DCT and the tense around it), so the annotator confirms a value instead of typing it.
	 */
	public static DateMention tagDate(AnnotationSet set, int begin, int end, String author) {
		var date = F.createDateMention();
		init(date, begin, end, author);
		date.setType(DateType.DATE);
		recognizedDate(set, begin, end).ifPresent(found -> {
			date.setValue(found.value());
			date.setType(found.type());
			date.setDctDependent(found.dctDependent());
			if (found.value() == null && found.note() != null) {
				date.setNote(found.note());
			}
		});
		set.getAnnotations().add(date);
		return date;
	}

	/**
	 * What the date recognizer reads at [begin, end): the expression overlapping the span most, looked for in the text
	 * around it so the tense of the sentence counts.
	 */
	public static Optional<DateExpression> recognizedDate(AnnotationSet set, int begin, int end) {
		var text = set.getDocument().getText();
		int from = Math.max(0, begin - DATE_CONTEXT);
		int to = Math.min(text.length(), end + DATE_CONTEXT);
		var window = text.substring(from, to);
		var found = DateRecognizer.recognize(window, dct(set)).stream()
				.filter(e -> e.begin() + from < end && e.end() + from > begin)
				.max(Comparator.comparingInt(e -> Math.min(e.end() + from, end) - Math.max(e.begin() + from, begin)))
				.map(e -> new DateExpression(e.begin() + from, e.end() + from, e.value(), e.type(), e.dctDependent(),
						e.note()));
		if (found.isPresent()) {
			return found;
		}
		// the annotator says the span is a date where the text around does not ("its 2026 budget"): read it as one
		var marked = text.substring(begin, end);
		var lead = "in ";
		return DateRecognizer.recognize(lead + marked, dct(set)).stream()
				.filter(e -> e.begin() == lead.length() && e.end() == lead.length() + marked.length()).findFirst()
				.map(e -> new DateExpression(begin, end, e.value(), e.type(), e.dctDependent(), e.note()));
	}

	/** The document's creation date, or null when it has none or it is not a calendar date. */
	public static @Nullable LocalDate dct(AnnotationSet set) {
		return DctValue.dayOf(set.getDocument().getDct());
	}

	/** Makes {@code speaker} the claim's only speaker. */
	public static void link(Claim claim, SpeakerMention speaker) {
		claim.getSources().clear();
		claim.getSources().add(speaker);
	}

	/** Adds {@code speaker} to the claim's speakers (a joint statement), if not there yet. */
	public static void addSpeaker(Claim claim, SpeakerMention speaker) {
		if (!claim.getSources().contains(speaker)) {
			claim.getSources().add(speaker);
		}
	}

	/** The speaker mentions of the set, nearest to the claim first (a mention inside the claim counts as near). */
	public static List<SpeakerMention> speakersNear(AnnotationSet set, Claim claim) {
		return set.getAnnotations().stream().filter(SpeakerMention.class::isInstance).map(SpeakerMention.class::cast)
				.sorted(Comparator.comparingInt((SpeakerMention s) -> distance(s, claim.getBegin(), claim.getEnd()))
						.thenComparingInt(Annotation::getBegin))
				.toList();
	}

	/**
	 * Deletes an annotation and every reference to it: claims lose their link to a deleted speaker or cue, a speaker
	 * entity goes with its last mention, a claim takes its cues with it.
	 */
	public static void delete(AnnotationSet set, Annotation annotation) {
		switch (annotation) {
		case SpeakerMention mention -> {
			for (var claim : claims(set)) {
				claim.getSources().remove(mention);
			}
			var entity = mention.getEntity();
			mention.setEntity(null);
			if (entity != null && entity.getMentions().isEmpty()) {
				set.getEntities().remove(entity);
			}
		}
		case Cue cue -> {
			for (var claim : claims(set)) {
				claim.getCues().remove(cue);
			}
		}
		case Claim claim -> {
			var cues = new ArrayList<>(claim.getCues());
			claim.getCues().clear();
			claim.getSources().clear();
			for (var cue : cues) {
				if (claims(set).stream().noneMatch(c -> c.getCues().contains(cue))) {
					set.getAnnotations().remove(cue);
				}
			}
		}
		default -> {
		}
		}
		set.getAnnotations().remove(annotation);
	}

	/** Moves all mentions of {@code from} to {@code into} and drops {@code from}. */
	public static void mergeEntities(AnnotationSet set, SpeakerEntity into, SpeakerEntity from) {
		if (into == from) {
			return;
		}
		for (var mention : new ArrayList<>(from.getMentions())) {
			mention.setEntity(into);
		}
		set.getEntities().remove(from);
	}

	/** Gives the mention an entity of its own, named by its text. */
	public static SpeakerEntity splitMention(AnnotationSet set, SpeakerMention mention) {
		var old = mention.getEntity();
		var entity = newEntity(set, covered(set, mention.getBegin(), mention.getEnd()));
		mention.setEntity(entity);
		if (old != null && old.getMentions().isEmpty()) {
			set.getEntities().remove(old);
		}
		return entity;
	}

	/** Moves an annotation's ends, keeping begin before end inside the text. */
	public static void move(AnnotationSet set, Annotation annotation, int begin, int end) {
		int length = set.getDocument().getText().length();
		int b = Math.max(0, Math.min(begin, end));
		int e = Math.min(length, Math.max(begin, end));
		if (e > b) {
			annotation.setBegin(b);
			annotation.setEnd(e);
		}
	}

	/** Cycles a claim's kind: direct, indirect, mixed. */
	public static void cycleKind(Claim claim) {
		var kinds = ClaimKind.VALUES;
		var current = claim.getKind() == null ? ClaimKind.DIRECT : claim.getKind();
		claim.setKind(kinds.get((current.getValue() + 1) % kinds.size()));
	}

	/** The claims of the set that have no speaker, in text order. */
	public static List<Claim> unlinkedClaims(AnnotationSet set) {
		return claims(set).stream().filter(c -> c.getSources().isEmpty()).sorted(SpanIndex.TEXT_ORDER).toList();
	}

	public static String covered(AnnotationSet set, int begin, int end) {
		return set.getDocument().getText().substring(begin, end);
	}

	private static List<Claim> claims(AnnotationSet set) {
		return set.getAnnotations().stream().filter(Claim.class::isInstance).map(Claim.class::cast).toList();
	}

	private static void init(Annotation annotation, int begin, int end, String author) {
		annotation.setBegin(begin);
		annotation.setEnd(end);
		annotation.setOrigin(Origin.MANUAL);
		annotation.setAuthor(author);
	}

	private static int distance(Annotation a, int begin, int end) {
		if (a.getEnd() <= begin) {
			return begin - a.getEnd();
		}
		if (a.getBegin() >= end) {
			return a.getBegin() - end;
		}
		return 0;
	}

	/** The set's entity of that name (or whose name ends with it), or a new one of that name. */
	public static SpeakerEntity entityFor(AnnotationSet set, String name) {
		return entityNamed(set, name).orElseGet(() -> newEntity(set, name));
	}

	private static Optional<SpeakerEntity> entityNamed(AnnotationSet set, String text) {
		var name = normalize(text);
		if (name.isEmpty() || PRONOUNS.contains(name)) {
			return Optional.empty();
		}
		return set.getEntities().stream()
				.filter(e -> e.getName() != null && (normalize(e.getName()).equals(name)
						|| normalize(e.getName()).endsWith(" " + name)))
				.findFirst();
	}

	private static SpeakerEntity newEntity(AnnotationSet set, String text) {
		var entity = F.createSpeakerEntity();
		int n = set.getEntities().size() + 1;
		var ids = set.getEntities().stream().map(SpeakerEntity::getId).collect(java.util.stream.Collectors.toSet());
		while (ids.contains("e" + n)) {
			n++;
		}
		entity.setId("e" + n);
		entity.setName(text.strip().replaceAll("\\s+", " "));
		set.getEntities().add(entity);
		return entity;
	}

	private static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	static SpeakerKind kindOf(String text) {
		var words = normalize(text).split(" ");
		if (words.length == 1 && PRONOUNS.contains(words[0])) {
			return SpeakerKind.PERSON;
		}
		for (var w : words) {
			if (ORGANIZATION_WORDS.contains(w.replaceAll("[^a-z]", ""))) {
				return ROLE_STARTS.contains(words[0]) && !words[words.length - 1].endsWith("'s")
						&& !ORGANIZATION_WORDS.contains(words[words.length - 1]) ? SpeakerKind.ROLE
								: SpeakerKind.ORGANIZATION;
			}
		}
		return ROLE_STARTS.contains(words[0]) ? SpeakerKind.ROLE : SpeakerKind.PERSON;
	}

	/** The kind a claim has from its quotation marks: direct when quoted whole, mixed with quotes inside. */
	public static ClaimKind kindOfClaim(String text) {
		var t = text.strip();
		boolean opens = !t.isEmpty() && "\"\u201c'\u2018".indexOf(t.charAt(0)) >= 0;
		boolean closes = t.length() > 1 && "\"\u201d'\u2019".indexOf(t.charAt(t.length() - 1)) >= 0;
		boolean quotesInside = t.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d');
		if (opens && closes) {
			return ClaimKind.DIRECT;
		}
		return quotesInside ? ClaimKind.MIXED : ClaimKind.INDIRECT;
	}
}
