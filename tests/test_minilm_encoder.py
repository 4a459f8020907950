"""The encoder probe reads a BERT's weights from an ONNX export with numpy alone: named
initializers under the model's own names, and each MatMul's unnamed weight named by the node it
feeds, turned back to the (out, in) layout the forward pass expects."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def probe(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("minilm_encoder")


def varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def field(number: int, payload: bytes | int) -> bytes:
    """One protobuf field: a varint (wire type 0) or a length-delimited payload (2)."""
    if isinstance(payload, int):
        return varint(number << 3) + varint(payload)
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def tensor(name: str, array: np.ndarray) -> bytes:
    dims = b"".join(field(1, d) for d in array.shape)
    return dims + field(2, 1) + field(8, name.encode()) + field(9, array.astype("<f4").tobytes())


def node(op: str, inputs: list[str], outputs: list[str]) -> bytes:
    return (
        b"".join(field(1, i.encode()) for i in inputs)
        + b"".join(field(2, o.encode()) for o in outputs)
        + field(4, op.encode())
    )


def test_onnx_reader_names_a_matmul_weight_by_its_node_and_turns_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    encoder = probe(monkeypatch)
    query = np.arange(6, dtype=np.float32).reshape(2, 3)  # x @ query: 2 in, 3 out
    bias = np.array([0.5, -1.0, 2.0], dtype=np.float32)
    graph = (
        field(
            1,
            node(
                "MatMul",
                ["x", "onnx::MatMul_7"],
                ["/m/encoder/layer.0/attention/self/query/MatMul_output_0"],
            ),
        )
        + field(5, tensor("onnx::MatMul_7", query))
        + field(5, tensor("model.0.auto_model.encoder.layer.0.attention.self.query.bias", bias))
    )
    path = tmp_path / "bert.onnx"
    path.write_bytes(field(1, 8) + field(7, graph))  # ir_version, then the graph
    weights = encoder.read_onnx_bert(path)
    assert sorted(weights) == [
        "encoder.layer.0.attention.self.query.bias",
        "encoder.layer.0.attention.self.query.weight",
    ]
    np.testing.assert_array_equal(weights["encoder.layer.0.attention.self.query.weight"], query.T)
    np.testing.assert_array_equal(weights["encoder.layer.0.attention.self.query.bias"], bias)


def test_onnx_reader_reads_packed_dims(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    encoder = probe(monkeypatch)
    array = np.ones((2, 2), dtype=np.float32)
    packed = field(1, varint(2) + varint(2))
    initializer = packed + field(2, 1) + field(8, b"w") + field(9, array.tobytes())
    path = tmp_path / "packed.onnx"
    path.write_bytes(field(7, field(5, initializer)))
    assert encoder.read_onnx_bert(path)["w"].shape == (2, 2)
