package org.lvzhi.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The running postmaster of a PostgreSQL data directory, from its {@code postmaster.pid}; killed as by a power cut. */
final class PostmasterPid {

    private PostmasterPid() {
    }

    /** {@code kill -9} of the postmaster and its backends; answers whether one was running. */
    static boolean kill(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = of(dataDirectory);
        postmaster.ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().join();
        });
        return postmaster.isPresent();
    }

    static Optional<ProcessHandle> of(Path dataDirectory) {
        Path file = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(file).getFirst().trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
