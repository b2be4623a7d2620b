package org.sayso.core.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Project;
import org.sayso.model.RegisteredSpeaker;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;
import org.sayso.model.SpeakerMention;

/**
 * The speakers of a whole project, kept in {@code sayso.project}: each has an id that every article's sets use for
 * it, a name, the other names it goes by, a kind and an optional outside id (a Wikidata QID). A set's
 * {@link SpeakerEntity} whose id is a registry id is that speaker, so merges, agreement and exports that compare or
 * write entity ids compare and write project-wide ids.
 * <p>
 * Names are matched whole, without case, accents, punctuation or a leading title ("Mr. Kirby" is "kirby"): two
 * people who share a surname are never joined by it. Role descriptions ("the spokesman") and pronouns are never
 * registered by themselves, since they name different people in different articles.
 */
public final class SpeakerRegistry {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;
	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev",
			"sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "president", "senator", "minister", "secretary");
	private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them",
			"his", "hers", "their", "you", "who");

	private final Project project;

	public SpeakerRegistry(Project project) {
		this.project = project;
	}

	public List<RegisteredSpeaker> speakers() {
		return project.getSpeakers();
	}

	public Optional<RegisteredSpeaker> byId(@Nullable String id) {
		return project.getSpeakers().stream().filter(s -> s.getId().equals(id)).findFirst();
	}

	/** Whether {@code entity} is a speaker of the registry (its id is a registry id). */
	public boolean isRegistered(SpeakerEntity entity) {
		return byId(entity.getId()).isPresent();
	}

	/** The speaker whose name or one of whose aliases is {@code name}, matched as the class comment says. */
	public Optional<RegisteredSpeaker> find(String name) {
		var key = key(name);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return project.getSpeakers().stream().filter(s -> names(s).stream().anyMatch(n -> key(n).equals(key)))
				.findFirst();
	}

	/** A new speaker named {@code name}, with an id made from the name ("John Kirby" is john-kirby). */
	public RegisteredSpeaker register(String name, @Nullable SpeakerKind kind) {
		var speaker = F.createRegisteredSpeaker();
		speaker.setName(name.strip().replaceAll("\\s+", " "));
		speaker.setKind(kind);
		speaker.setId(freeId(slug(name)));
		project.getSpeakers().add(speaker);
		return speaker;
	}

	/** Adds {@code alias} to the speaker's names, unless it is one of them already. */
	public void addAlias(RegisteredSpeaker speaker, String alias) {
		var key = key(alias);
		if (!key.isEmpty() && names(speaker).stream().noneMatch(n -> key(n).equals(key))) {
			speaker.getAliases().add(alias.strip().replaceAll("\\s+", " "));
		}
	}

	/** What {@link #link} did to one set. */
	public record Linked(int linked, int registered) {
		public boolean changed() {
			return linked + registered > 0;
		}
	}

	/**
	 * Links each entity of {@code set} that is not a registry speaker yet to the speaker one of its names (its own
	 * name or a mention's text) belongs to: the entity takes the speaker's id, and two entities of the set that turn
	 * out to be one speaker become one. With {@code register}, an entity named like a person or an organization that
	 * no speaker matches is registered, with its other names as aliases.
	 */
	public Linked link(AnnotationSet set, boolean register) {
		return link(set, register, entity -> true);
	}

	/** {@link #link(AnnotationSet, boolean)} for the entities {@code which} accepts. */
	public Linked link(AnnotationSet set, boolean register, java.util.function.Predicate<SpeakerEntity> which) {
		int linked = 0;
		int registered = 0;
		for (var entity : new ArrayList<>(set.getEntities())) {
			if (entity.eContainer() == null || isRegistered(entity) || !which.test(entity)) {
				continue;
			}
			var names = namesOf(entity);
			var match = names.stream().map(this::find).flatMap(Optional::stream).findFirst();
			if (match.isEmpty() && register && registrable(entity, names)) {
				var speaker = register(names.iterator().next(), kindOf(entity));
				names.forEach(n -> addAlias(speaker, n));
				match = Optional.of(speaker);
				registered++;
			} else if (match.isPresent()) {
				linked++;
			}
			match.ifPresent(speaker -> assign(set, entity, speaker.getId(), speaker.getName()));
		}
		return new Linked(linked, registered);
	}

	/**
	 * Gives {@code entity} the id {@code id} (and the name): when another entity of the set has that id already, the
	 * two become one; an entity of the set that merely happens to have that id locally is given another first.
	 */
	public static void assign(AnnotationSet set, SpeakerEntity entity, String id, @Nullable String name) {
		for (var other : new ArrayList<>(set.getEntities())) {
			if (other != entity && id.equals(other.getId())) {
				AnnotationEdits.mergeEntities(set, other, entity);
				if (name != null) {
					other.setName(name);
				}
				return;
			}
		}
		entity.setId(id);
		if (name != null) {
			entity.setName(name);
		}
	}

	/** Whether every mention of the entity is a suggestion: what the suggester may link without asking. */
	public static boolean onlySuggested(SpeakerEntity entity) {
		return !entity.getMentions().isEmpty()
				&& entity.getMentions().stream().allMatch(m -> m.getOrigin() == org.sayso.model.Origin.SUGGESTED);
	}

	/** The registry of the project that holds {@code set}'s document, or null for a set outside a project. */
	public static @Nullable SpeakerRegistry of(AnnotationSet set) {
		return set.getDocument() != null && set.getDocument().eContainer() instanceof Project project
				? new SpeakerRegistry(project) : null;
	}

	/** The names an entity goes by: its own, then its mentions' texts, without pronouns, in that order. */
	public static Set<String> namesOf(SpeakerEntity entity) {
		var names = new LinkedHashSet<String>();
		if (entity.getName() != null && isName(entity.getName())) {
			names.add(entity.getName().strip().replaceAll("\\s+", " "));
		}
		for (var mention : entity.getMentions()) {
			var set = mention.eContainer() instanceof AnnotationSet s ? s : null;
			if (set != null && set.getDocument() != null && set.getDocument().getText() != null) {
				var text = set.getDocument().getText().substring(mention.getBegin(), mention.getEnd());
				if (isName(text)) {
					names.add(text.strip().replaceAll("\\s+", " "));
				}
				// "council leader Petter Haugland": the name at its end
				var tail = properNameTail(text);
				if (tail != null) {
					names.add(tail);
				}
			}
		}
		return names;
	}

	/** The capitalised words that end {@code text} after words in lower case, or null when there are none such. */
	private static @Nullable String properNameTail(String text) {
		var words = text.strip().split("\\s+");
		int start = words.length;
		while (start > 0 && !words[start - 1].isEmpty() && Character.isUpperCase(words[start - 1].codePointAt(0))) {
			start--;
		}
		if (start == 0 || start == words.length) {
			return null;
		}
		return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
	}

	/** A name, not a pronoun or a description: its first word (after a leading "the") starts with a capital. */
	private static boolean isName(String text) {
		var key = key(text);
		if (key.isEmpty() || NOT_NAMES.contains(key)) {
			return false;
		}
		var words = text.strip().split("\\s+");
		var first = words[0].equalsIgnoreCase("the") && words.length > 1 ? words[1] : words[0];
		return Character.isUpperCase(first.codePointAt(0));
	}

	private static boolean registrable(SpeakerEntity entity, Set<String> names) {
		var kind = kindOf(entity);
		return !names.isEmpty() && kind != SpeakerKind.ROLE && kind != SpeakerKind.ANONYMOUS;
	}

	private static @Nullable SpeakerKind kindOf(SpeakerEntity entity) {
		return entity.getMentions().stream().map(SpeakerMention::getKind).filter(k -> k != null).findFirst().orElse(null);
	}

	private static List<String> names(RegisteredSpeaker speaker) {
		var names = new ArrayList<String>();
		if (speaker.getName() != null) {
			names.add(speaker.getName());
		}
		names.addAll(speaker.getAliases());
		return names;
	}

	/** How names are compared: lower case, no accents or punctuation, one space, no leading title. */
	public static String key(String name) {
		var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
				.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		var words = new ArrayList<>(List.of(plain.split(" ")));
		while (words.size() > 1 && TITLES.contains(words.get(0))) {
			words.remove(0);
		}
		return String.join(" ", words);
	}

	private static String slug(String name) {
		var slug = key(name).replace(' ', '-');
		return slug.isEmpty() ? "speaker" : slug.length() > 60 ? slug.substring(0, 60) : slug;
	}

	private String freeId(String wanted) {
		var taken = new HashMap<String, Boolean>();
		project.getSpeakers().forEach(s -> taken.put(s.getId(), true));
		var id = wanted;
		for (int i = 2; taken.containsKey(id); i++) {
			id = wanted + "-" + i;
		}
		return id;
	}

	/** The registry's speakers by id. */
	public Map<String, RegisteredSpeaker> byIds() {
		var map = new HashMap<String, RegisteredSpeaker>();
		project.getSpeakers().forEach(s -> map.put(s.getId(), s));
		return map;
	}
}
