package org.sayso.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.sayso.cli.CliCommand;
import org.sayso.cli.CliUsageException;
import org.sayso.cli.SaysoCli;
import org.sayso.core.Counts;
import org.sayso.core.Json;
import org.sayso.core.project.ProjectSpeakers;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.RegisteredSpeaker;
import org.sayso.model.SpeakerKind;

/**
 * {@code sayso speakers <project>}: the project's speaker registry, and the changes that reach every article: linking
 * the sets' speakers to it, merging two speakers, splitting one.
 */
public final class SpeakersCommand implements CliCommand {

	@Override
	public String name() {
		return "speakers";
	}

	@Override
	public String summary() {
		return "List, link, merge and split the speakers of the whole project (one id for John Kirby in every article)";
	}

	@Override
	public String usage() {
		return """
				Usage: sayso speakers <project-folder> [--json]
				       sayso speakers <project-folder> --link | --register
				       sayso speakers <project-folder> --add NAME [--kind KIND] [--external-id QID]
				       sayso speakers <project-folder> --alias ID=NAME | --external-id ID=QID
				       sayso speakers <project-folder> --merge KEEP,GONE
				       sayso speakers <project-folder> --split ID --documents DOC,... --name NAME

				The project's speakers, kept in sayso.project: each with an id that every article's
				annotation sets use for it (Speaker.entity in the XMI, the entity ids of the JSON lines),
				its names and an optional outside id such as a Wikidata QID. Listed with the articles and
				the mentions of each, over every annotator's set and the curated ones.

				  --link         link the speakers of every set to the registry by name and alias
				                 (case, accents, punctuation and a leading title aside: 'Mr. Kirby'
				                 is 'Kirby'); 'sayso suggest' does the same for what it suggests
				  --register     as --link, and register each person or organization that no
				                 speaker matches (never a role like 'the spokesman' or a pronoun)
				  --add          register a speaker by hand; --kind person, organization or group
				  --alias        give speaker ID another name it goes by
				  --external-id  with --add, or as ID=QID: the speaker's id in a knowledge base
				  --merge        make GONE part of KEEP in every article; GONE's names become aliases
				  --split        in the --documents named, speaker ID becomes a new speaker --name
				Every set is written through the safe store (atomic, with its .bak); a set that
				cannot be read or written is named, the others are done, and the command can be run
				again. Exit code 1 when a set failed.""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws CliUsageException {
		var options = Options.parse(args, List.of("--add", "--kind", "--alias", "--external-id", "--merge", "--split",
				"--documents", "--name"), List.of("--json", "--link", "--register"));
		var folder = options.single("project-folder");
		ProjectStore store;
		try {
			store = Projects.open(Path.of(folder), name(), err);
		} catch (StoreException e) {
			err.println("sayso speakers: " + e.getMessage());
			return SaysoCli.FAILED;
		}
		var registry = new SpeakerRegistry(store.project());
		try {
			if (options.flag("--link") || options.flag("--register")) {
				var result = ProjectSpeakers.link(store, options.flag("--register"), new ProgressLines(err, name()));
				out.println("Linked " + Counts.of(result.linked(), "speaker") + " of the articles to the registry, registered "
						+ Counts.of(result.registered(), "new speaker") + "; " + Counts.of(result.written().size(), "set")
						+ " written");
				return report(result, err);
			}
			var add = options.value("--add", null);
			if (add != null) {
				var speaker = registry.register(add, kind(options.value("--kind", null)));
				speaker.setExternalId(options.value("--external-id", null));
				store.saveProject(false);
				out.println("Registered " + speaker.getId() + " (" + speaker.getName() + ")");
				return SaysoCli.OK;
			}
			var alias = options.value("--alias", null);
			var external = options.value("--external-id", null);
			if (alias != null || external != null) {
				var pair = pair(alias != null ? alias : external, alias != null ? "--alias ID=NAME" : "--external-id ID=QID");
				var speaker = speaker(registry, pair[0]);
				if (alias != null) {
					registry.addAlias(speaker, pair[1]);
				} else {
					speaker.setExternalId(pair[1]);
				}
				store.saveProject(false);
				out.println(describe(speaker));
				return SaysoCli.OK;
			}
			var merge = options.value("--merge", null);
			if (merge != null) {
				var ids = merge.split(",");
				if (ids.length != 2) {
					throw new CliUsageException("--merge takes two speaker ids, KEEP,GONE");
				}
				var kept = speaker(registry, ids[0].strip());
				var gone = speaker(registry, ids[1].strip());
				if (kept == gone) {
					throw new CliUsageException("--merge needs two different speakers, not '" + kept.getId() + "' twice");
				}
				var goneId = gone.getId();
				var result = ProjectSpeakers.merge(store, kept, gone, new ProgressLines(err, name()));
				out.println((result.ok() ? "Merged " : "Partly merged ") + goneId + " into " + kept.getId() + ": "
						+ Counts.of(result.written().size(), "set") + " written"
						+ (result.ok() ? "" : "; " + goneId + " stays registered until every set is done"));
				return report(result, err);
			}
			var split = options.value("--split", null);
			if (split != null) {
				var speaker = speaker(registry, split);
				var documents = options.values("--documents").stream().flatMap(v -> List.of(v.split(",")).stream())
						.map(String::strip).filter(s -> !s.isEmpty()).toList();
				var newName = options.value("--name", null);
				if (documents.isEmpty() || newName == null || newName.isBlank()) {
					throw new CliUsageException("--split needs --documents DOC,... and --name NAME");
				}
				var result = ProjectSpeakers.split(store, speaker, documents, newName, new ProgressLines(err, name()));
				out.println("Split " + speaker.getId() + ": in " + Counts.of(documents.size(), "article") + " it is now '"
						+ newName + "'; " + Counts.of(result.written().size(), "set") + " written");
				return report(result, err);
			}
			list(store, registry, options.flag("--json"), out, err);
			return SaysoCli.OK;
		} catch (StoreException e) {
			err.println("sayso speakers: " + e.getMessage());
			return SaysoCli.FAILED;
		}
	}

	private static int report(ProjectSpeakers.Result result, PrintStream err) {
		result.failed().forEach((file, why) -> err.println("sayso speakers: " + file + ": " + why));
		return result.ok() ? SaysoCli.OK : SaysoCli.FAILED;
	}

	private void list(ProjectStore store, SpeakerRegistry registry, boolean asJson, PrintStream out, PrintStream err)
			throws StoreException {
		Map<String, ProjectSpeakers.Usage> usage = ProjectSpeakers.usage(store, new ProgressLines(err, name()));
		if (asJson) {
			var json = new Json().beginArray();
			for (var speaker : registry.speakers()) {
				var used = usage.get(speaker.getId());
				json.beginObject().name("id").value(speaker.getId()).name("name").value(speaker.getName())
						.name("kind").value(speaker.getKind() == null ? null : speaker.getKind().getLiteral())
						.name("externalId").value(speaker.getExternalId()).name("aliases").beginArray();
				speaker.getAliases().forEach(json::value);
				json.endArray().name("documents").beginArray();
				used.documents().forEach(json::value);
				json.endArray().name("mentions").value(used.mentions()).endObject();
			}
			out.println(json.endArray());
			return;
		}
		out.println(Counts.of(registry.speakers().size(), "speaker") + " in the project's registry");
		for (var speaker : registry.speakers()) {
			var used = usage.get(speaker.getId());
			out.println("  " + describe(speaker) + ": " + Counts.of(used.mentions(), "mention") + " in "
					+ Counts.of(used.documents().size(), "article") + (used.documents().isEmpty() ? ""
							: " (" + String.join(", ", used.documents()) + ")"));
		}
	}

	private static String describe(RegisteredSpeaker speaker) {
		return speaker.getId() + "  " + speaker.getName() + (speaker.getKind() == null ? "" : " [" + speaker.getKind() + "]")
				+ (speaker.getExternalId() == null ? "" : " " + speaker.getExternalId())
				+ (speaker.getAliases().isEmpty() ? "" : ", also " + String.join(", ", speaker.getAliases()));
	}

	private static RegisteredSpeaker speaker(SpeakerRegistry registry, String id) throws CliUsageException {
		return registry.byId(id).orElseThrow(() -> new CliUsageException("the project has no speaker '" + id + "'"
				+ (registry.speakers().isEmpty() ? " (its registry is empty: sayso speakers <project> --register)"
						: "; its speakers are " + String.join(", ", registry.speakers().stream().map(RegisteredSpeaker::getId)
								.limit(12).toList()) + (registry.speakers().size() > 12 ? ", ..." : ""))));
	}

	private static String[] pair(String value, String form) throws CliUsageException {
		int at = value.indexOf('=');
		if (at <= 0 || at == value.length() - 1) {
			throw new CliUsageException("expected " + form + ", not '" + value + "'");
		}
		return new String[] { value.substring(0, at).strip(), value.substring(at + 1).strip() };
	}

	private static SpeakerKind kind(String name) throws CliUsageException {
		if (name == null) {
			return SpeakerKind.PERSON;
		}
		var kind = SpeakerKind.get(name.toLowerCase(java.util.Locale.ROOT));
		if (kind == null) {
			throw new CliUsageException("--kind is person, organization or group, not '" + name + "'");
		}
		return kind;
	}
}
