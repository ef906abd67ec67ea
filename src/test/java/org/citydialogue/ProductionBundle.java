package org.citydialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The committed production bundle ({@code src/main/bundles/prod.bundle}) where Vaadin's production
 * mode reads it: {@code META-INF/VAADIN/webapp} (index.html, the compiled JavaScript) and
 * {@code META-INF/VAADIN/config} (the bundle's stats), in the test classes' folder. A test context
 * started with
 * {@code vaadin.productionMode=true} then serves what users get, without Node and without
 * {@code -Pproduction}. Development-mode contexts in the same JVM ignore these files; they are
 * removed again when the test class is done.
 */
public final class ProductionBundle {

    private static final Path BUNDLE = Path.of("src", "main", "bundles", "prod.bundle");
    private static final Path ON_CLASSPATH = Path.of("target", "test-classes");
    private static final Path INTO = ON_CLASSPATH.resolve("META-INF").resolve("VAADIN");

    private ProductionBundle() {
    }

    /** Unpacks the bundle onto the test classpath (call before the Spring context starts). */
    public static void unpack() {
        remove();
        try (var zip = new ZipFile(BUNDLE.toFile())) {
            for (var entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                Path target = INTO.resolve(entry.getName()).normalize();
                if (!target.startsWith(INTO)) {
                    throw new IllegalStateException("entry outside the bundle: " + entry.getName());
                }
                Files.createDirectories(target.getParent());
                try (var in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + BUNDLE, e);
        }
        if (ProductionBundle.class.getClassLoader().getResource("META-INF/VAADIN/webapp/index.html") == null) {
            throw new IllegalStateException(INTO + " is not on the test classpath");
        }
    }

    /** Takes the bundle off the test classpath again. */
    public static void remove() {
        if (!Files.exists(INTO)) {
            return;
        }
        try (Stream<Path> files = Files.walk(INTO)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + INTO, e);
        }
    }
}
