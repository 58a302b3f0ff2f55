"""Taxonomies that tag good practices: editors manage them as snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in filter addresses; changing it breaks shared links."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Method(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("method")
        verbose_name_plural = _("methods")


class Municipality(Taxonomy):
    province = models.CharField(_("province"), max_length=50, blank=True)

    panels = [*Taxonomy.panels, FieldPanel("province")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")


class ParticipationElement(Taxonomy):
    """The five elements of inclusive participation (Movisie): early, close by,
    together, proactive, flexible. Created by a data migration; editors may
    reword them but the research names exactly these five."""

    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [*Taxonomy.panels, FieldPanel("sort_order")]

    class Meta(Taxonomy.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("element of inclusive participation")
        verbose_name_plural = _("elements of inclusive participation")
