package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key the local identity signs its tokens with (RS256). Generated at first start and kept under the
 * data directory, so tokens survive a restart; Micronaut Security validates tokens against it as well.
 */
@Singleton
@Requires(notEnv = "keycloak")
@Named("generator")
class LocalSigningKey implements RSASignatureGeneratorConfiguration {

    private static final int KEY_SIZE = 2048;

    private final RSAKey key;

    LocalSigningKey(@Value("${lvzhi.data-dir:./data}") String dataDir) {
        this.key = loadOrGenerate(Path.of(dataDir, "identity", "local-signing-key.jwk.json"));
    }

    @Override
    public RSAPublicKey getPublicKey() {
        return toPublic();
    }

    @Override
    public RSAPrivateKey getPrivateKey() {
        try {
            return key.toRSAPrivateKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("the local signing key has no private part", e);
        }
    }

    @Override
    public JWSAlgorithm getJwsAlgorithm() {
        return JWSAlgorithm.RS256;
    }

    private RSAPublicKey toPublic() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException("the local signing key is unreadable", e);
        }
    }

    private static RSAKey loadOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey generated = new RSAKeyGenerator(KEY_SIZE).keyID(UUID.randomUUID().toString()).generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated.toJSONString(), StandardCharsets.UTF_8);
            trySetOwnerOnly(file);
            return generated;
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("cannot load or create the local signing key at " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // A file system without POSIX permissions keeps its defaults.
        }
    }
}
