package org.sayso.suggest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups speaker mentions into entities as an article goes on: a surname joins the person with that surname
 * ("Maria Lopez", "Lopez"), a role joins the earlier role with the same head noun ("the ministry's spokesman",
 * "the spokesman"), and a pronoun joins the most recent speaker it can refer to (by gender for he/she, an
 * organization or group for it/they).
 */
public final class Entities {

	public enum Kind {
		PERSON, ORGANIZATION, GROUP, ROLE
	}

	enum Gender {
		FEMALE, MALE, UNKNOWN
	}

	/** One source of statements. */
	public static final class Entity {
		final String id;
		String name;
		final Kind kind;
		Gender gender;
		final String key;

		Entity(String id, String name, Kind kind, Gender gender, String key) {
			this.id = id;
			this.name = name;
			this.kind = kind;
			this.gender = gender;
			this.key = key;
		}

		public String id() {
			return id;
		}

		public String name() {
			return name;
		}

		public Kind kind() {
			return kind;
		}
	}

	private final Map<String, Entity> byKey = new LinkedHashMap<>();
	/** Most recent speaker last. */
	private final List<Entity> recent = new ArrayList<>();

	/** The entity of a name or role phrase, made when it is new. */
	/** Whether a person of surname {@code surname} is known already. */
	boolean knowsPerson(String surname) {
		return byKey.containsKey("p:" + surname.toLowerCase(Locale.ROOT));
	}

	Entity phrase(List<String> words, Kind kind) {
		var lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
		var content = new ArrayList<String>();
		for (var w : lower) {
			if (!Lexicon.DETERMINERS.contains(w) && !Lexicon.POSSESSIVES.contains(w)) {
				content.add(w);
			}
		}
		if (content.isEmpty()) {
			content.addAll(lower);
		}
		var head = content.get(content.size() - 1);
		// a person is known by surname; an organization by its full name; a role by its head noun
		var key = switch (kind) {
		case PERSON -> "p:" + head;
		case ORGANIZATION -> "o:" + String.join(" ", content);
		case GROUP, ROLE -> "r:" + head;
		};
		var name = String.join(" ", words).replace(" .", "."); // "Laurence H. Tribe", its initial's stop a token
		var entity = byKey.get(key);
		if (kind == Kind.ORGANIZATION && entity == null) {
			entity = byKey.get("r:" + head); // "the company" after "the company's board": one organization
		}
		if (entity == null) {
			entity = new Entity(slug(name, byKey.size() + 1), name, kind, gender(lower), key);
			byKey.put(key, entity);
		} else if (kind == Kind.PERSON && words.size() > entity.name.split(" ").length) {
			entity.name = name;
		}
		if (entity.gender == Gender.UNKNOWN) {
			entity.gender = gender(lower);
		}
		touch(entity);
		return entity;
	}

	/** The entity a pronoun refers to, or {@code null} when no speaker before it fits. */
	Entity pronoun(String pronoun) {
		var p = pronoun.toLowerCase(Locale.ROOT);
		for (int i = recent.size() - 1; i >= 0; i--) {
			var e = recent.get(i);
			if (fits(p, e)) {
				touch(e);
				return e;
			}
		}
		return null;
	}

	/** Marks an entity as the latest speaker (a pronoun after it refers to it first). */
	void touch(Entity entity) {
		recent.remove(entity);
		recent.add(entity);
	}

	private static boolean fits(String pronoun, Entity e) {
		return switch (pronoun) {
		case "he" -> (e.kind == Kind.PERSON || e.kind == Kind.ROLE && !document(e)) && e.gender != Gender.FEMALE;
		case "she" -> (e.kind == Kind.PERSON || e.kind == Kind.ROLE && !document(e)) && e.gender != Gender.MALE;
		case "it" -> e.kind == Kind.ORGANIZATION;
		case "they" -> e.kind == Kind.ORGANIZATION || e.kind == Kind.GROUP;
		default -> true;
		};
	}

	/** Whether a role is a document or a recording ("the video", "the report"), which "he" and "she" are not. */
	private static boolean document(Entity e) {
		return e.key.startsWith("r:") && Lexicon.DOCUMENTS.contains(e.key.substring(2));
	}

	private static Gender gender(List<String> lower) {
		for (var w : lower) {
			if (Lexicon.FEMALE.contains(w)) {
				return Gender.FEMALE;
			}
			if (Lexicon.MALE.contains(w)) {
				return Gender.MALE;
			}
		}
		return Gender.UNKNOWN;
	}

	private static String slug(String name, int n) {
		var s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return (s.isEmpty() ? "speaker" : s) + "-" + n;
	}
}
