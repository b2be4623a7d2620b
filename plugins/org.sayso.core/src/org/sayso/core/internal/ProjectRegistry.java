package org.sayso.core.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.sayso.core.project.ProjectService;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/** The {@link ProjectService}: stores counted per normalized project folder. Registered by OSGI-INF/projects.xml. */
public final class ProjectRegistry implements ProjectService {

	private record Entry(ProjectStore store, int users) {
	}

	private final Map<Path, Entry> open = new HashMap<>();

	@Override
	public synchronized ProjectStore acquire(Path root) throws StoreException {
		var key = root.toAbsolutePath().normalize();
		var entry = open.get(key);
		var store = entry != null ? entry.store() : ProjectStore.open(key);
		open.put(key, new Entry(store, entry == null ? 1 : entry.users() + 1));
		return store;
	}

	@Override
	public synchronized void release(ProjectStore store) {
		var key = store.layout().root().toAbsolutePath().normalize();
		var entry = open.get(key);
		if (entry == null || entry.store() != store) {
			return;
		}
		if (entry.users() <= 1) {
			open.remove(key);
		} else {
			open.put(key, new Entry(store, entry.users() - 1));
		}
	}

	@Override
	public ProjectStore open(Path root) throws StoreException {
		return ProjectStore.open(root.toAbsolutePath().normalize());
	}
}
