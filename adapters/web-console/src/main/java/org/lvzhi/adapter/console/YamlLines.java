package org.lvzhi.adapter.console;

import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The line of a YAML document a JSON Pointer names (counted from 1), read from SnakeYAML's node marks: the value's
 * line, or where the pointer leads past what is written (a missing field), the line of the nearest part that is. A
 * document that does not parse has every problem at the line where parsing failed.
 */
final class YamlLines {

    private final Optional<Node> root;
    private final int failedAt;

    private YamlLines(Optional<Node> root, int failedAt) {
        this.root = root;
        this.failedAt = failedAt;
    }

    static YamlLines of(String document) {
        try {
            return new YamlLines(Optional.ofNullable(new Yaml(new LoaderOptions()).compose(new java.io.StringReader(document))), 1);
        } catch (MarkedYAMLException unparsable) {
            return new YamlLines(Optional.empty(), unparsable.getProblemMark() == null ? 1 : unparsable.getProblemMark().getLine() + 1);
        } catch (RuntimeException unreadable) {
            return new YamlLines(Optional.empty(), 1);
        }
    }

    int line(String pointer) {
        if (root.isEmpty()) {
            return failedAt;
        }
        Node at = root.get();
        for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            Optional<Node> next = child(at, token.replace("~1", "/").replace("~0", "~"));
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
        }
        return at.getStartMark().getLine() + 1;
    }

    private static Optional<Node> child(Node node, String token) {
        return switch (node) {
            case MappingNode mapping -> mapping.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(token))
                    .map(NodeTuple::getValueNode).findFirst();
            case SequenceNode sequence -> token.matches("[0-9]{1,6}") && Integer.parseInt(token) < sequence.getValue().size()
                    ? Optional.of(sequence.getValue().get(Integer.parseInt(token))) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
