"""The only module that knows the project's layout: source/, locale/, dist/."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .langtags import to_bcp47, to_posix


@dataclass(frozen=True)
class Project:
    config: Config

    @property
    def root(self) -> Path:
        return self.config.root

    @property
    def source_dir(self) -> Path:
        return self.root / self.config.source_dir

    @property
    def locale_dir(self) -> Path:
        return self.root / self.config.locale_dir

    @property
    def dist_dir(self) -> Path:
        return self.root / self.config.dist_dir

    @property
    def template_path(self) -> Path:
        return self.locale_dir / f"{self.config.domain}.pot"

    def relative(self, path: Path) -> str:
        """``path`` as the reports show it: relative to the project root, with slashes."""
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def source_files(self) -> list[Path]:
        """The source documents, sorted, each once."""
        found: set[Path] = set()
        for pattern in self.config.sources:
            found.update(p for p in self.source_dir.glob(pattern) if p.is_file())
        return sorted(found)

    def catalog_path(self, language: str) -> Path:
        """``locale/<ll_CC>/LC_MESSAGES/<domain>.po`` (the folder an existing catalog uses wins)."""
        for folder in self._catalog_folders():
            if to_bcp47(folder.name) == to_bcp47(language):
                return folder / "LC_MESSAGES" / f"{self.config.domain}.po"
        return self.locale_dir / to_posix(language) / "LC_MESSAGES" / f"{self.config.domain}.po"

    def languages(self) -> list[str]:
        """The target languages as BCP 47 tags: from config, else every catalog found."""
        if self.config.languages:
            return sorted({to_bcp47(tag) for tag in self.config.languages})
        return sorted(to_bcp47(folder.name) for folder in self._catalog_folders()
                      if (folder / "LC_MESSAGES" / f"{self.config.domain}.po").is_file())

    def _catalog_folders(self) -> list[Path]:
        if not self.locale_dir.is_dir():
            return []
        return sorted(p for p in self.locale_dir.iterdir() if p.is_dir() and (p / "LC_MESSAGES").is_dir())

    def dist_path(self, language: str, source_file: Path) -> Path:
        """``dist/<bcp47>/<path under source/>``."""
        return self.dist_dir / to_bcp47(language) / source_file.relative_to(self.source_dir)

    def read_document(self, path: Path):
        """A source document, parsed; its linked ITS rules resolve against its own folder."""
        from .documents import parse_document
        from .errors import DocumentError

        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise DocumentError(error.strerror or str(error), self.relative(path)) from None
        return parse_document(data, self.relative(path), directory=str(Path(path).parent))

    def glossary_path(self) -> Path | None:
        return self.root / self.config.glossary if self.config.glossary else None
