package org.lvzhi.adapter.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The enums of the domain and application modules by the name micronaut-openapi gives their schemas: the simple name,
 * with the enclosing class for a nested one ({@code ProfileDiff.Change}).
 */
final class ProjectEnums {

    private static final List<String> PACKAGES = List.of("org/lvzhi/domain", "org/lvzhi/application");

    private ProjectEnums() {
    }

    static Map<String, List<Class<?>>> bySchemaName() {
        ClassLoader loader = ProjectEnums.class.getClassLoader();
        return PACKAGES.stream()
                .flatMap(root -> classFiles(loader, root))
                .map(file -> load(loader, file.replace('/', '.').replaceFirst("\\.class$", "")))
                .filter(Class::isEnum)
                .collect(Collectors.groupingBy(ProjectEnums::schemaName));
    }

    private static String schemaName(Class<?> type) {
        String binary = type.getName().substring(type.getPackageName().length() + 1);
        return binary.replace('$', '.');
    }

    private static Stream<String> classFiles(ClassLoader loader, String root) {
        try {
            return Collections.list(loader.getResources(root)).stream().flatMap(url -> classFiles(url, root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> classFiles(URL url, String root) {
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                return jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(root + "/") && name.endsWith(".class"));
            }
            Path directory = Path.of(url.toURI());
            Path classes = directory.getRoot().resolve(directory.subpath(0, directory.getNameCount() - Path.of(root).getNameCount()));
            try (Stream<Path> files = Files.walk(directory)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                        .toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
