package org.sayso.suggest.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.suggest.Suggester;
import org.sayso.tests.support.BundleDependencies;

/**
 * The no-UI rule for org.sayso.suggest, on the resolved OSGi wiring (as HeadlessDependencyTest does for core): the
 * command line runs the suggester without a display. Also checks that OpenNLP and its models are wired in, and that
 * the public API hands out only public types: nothing of {@code org.sayso.suggest.internal} in a signature.
 */
class HeadlessSuggestTest {

	@Test
	void suggestReachesNoUiBundleAndHasOpenNlp() {
		var suggest = BundleDependencies.bundleOf(Suggester.class);
		assertEquals("org.sayso.suggest", suggest.getSymbolicName());
		var reached = BundleDependencies.reachedFrom(suggest);
		assertTrue(reached.containsAll(List.of("org.apache.opennlp.tools", "org.apache.opennlp.models.pos.en")),
				reached.toString());
		assertEquals(List.of(), BundleDependencies.ui(reached), "org.sayso.suggest must stay headless");
	}

	@Test
	void thePublicApiShowsNoInternalType() throws ClassNotFoundException {
		var bundle = BundleDependencies.bundleOf(Suggester.class);
		var offences = new ArrayList<String>();
		int classes = 0;
		for (var folder : List.of("/org/sayso/suggest", "/org/sayso/suggest/engine", "/org/sayso/suggest/eval")) {
			var entries = bundle.findEntries(folder, "*.class", false);
			while (entries != null && entries.hasMoreElements()) {
				var path = entries.nextElement().getPath();
				var name = path.substring(1, path.length() - ".class".length()).replace('/', '.');
				var type = bundle.loadClass(name);
				if (!Modifier.isPublic(type.getModifiers())) {
					continue;
				}
				classes++;
				for (Method method : type.getDeclaredMethods()) {
					if (!Modifier.isPublic(method.getModifiers()) && !Modifier.isProtected(method.getModifiers())) {
						continue;
					}
					check(type.getSimpleName() + "." + method.getName() + " returns", method.getGenericReturnType(),
							offences);
					for (var parameter : method.getGenericParameterTypes()) {
						check(type.getSimpleName() + "." + method.getName() + " takes", parameter, offences);
					}
				}
				if (type.isRecord()) {
					for (var component : type.getRecordComponents()) {
						check(type.getSimpleName() + "." + component.getName(), component.getGenericType(), offences);
					}
				}
			}
		}
		assertTrue(classes >= 10, "the public classes were read: " + classes);
		assertEquals(List.of(), offences, "public signatures name internal types");
	}

	private static void check(String where, Type type, List<String> offences) {
		if (type instanceof ParameterizedType parameterized) {
			check(where, parameterized.getRawType(), offences);
			for (var argument : parameterized.getActualTypeArguments()) {
				check(where, argument, offences);
			}
		} else if (type instanceof Class<?> c) {
			var element = c.isArray() ? c.componentType() : c;
			if (element.getName().startsWith("org.sayso.suggest.internal.")) {
				offences.add(where + " " + element.getName());
			}
		}
	}
}
